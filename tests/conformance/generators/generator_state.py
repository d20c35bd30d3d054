# Generator state: running/suspended, "generator already executing", gi_ attributes.
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def plain():
    yield 1
    yield 2
g = plain()
print(g.gi_running)
next(g)
print(g.gi_running)
print(list(g))
def sender():
    received = yield "ready"
    yield f"got {received}"
s = sender()
try:
    s.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(next(s), s.send("data"))
print(s.__name__, s.__qualname__)
class Holder:
    def items(self):
        yield "method generator"
print(Holder().items().__qualname__, next(Holder().items()))
def thrower():
    yield 1
    raise StopIteration("explicit")
try:
    list(thrower())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
