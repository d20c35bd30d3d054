# with statement: __enter__/__exit__, exceptions, suppression, nesting, multiple targets.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress
with Resource("a") as r:
    print("inside", r)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Resource("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Resource("ret"):
        return "returned value"
print(early())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *args):
        self.exited = True
with Timer() as t:
    pass
print(t.entered, t.exited)
with Resource("x") as (first_char):
    print(first_char)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
with (Resource("p1") as a, Resource("p2") as b):
    print(a, b)
