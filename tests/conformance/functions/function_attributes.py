# Function objects: __name__, __qualname__, __doc__, __module__, custom attributes.
def documented(a, b=2, *args, c, **kw):
    """Return nothing useful."""
    return None
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__module__, documented.__defaults__, documented.__kwdefaults__)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def m(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.m.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__)
nodoc.custom = "attached"
nodoc.counter = 1
nodoc.counter += 1
print(nodoc.custom, nodoc.counter, sorted(k for k in vars(nodoc)))
lam = lambda: None
print(lam.__name__, lam.__qualname__)
def make():
    def local_fn():
        pass
    return local_fn
print(make().__qualname__)
print(callable(documented), type(documented).__name__)
print(documented.__annotations__)
def annotated(x: int, y: "str" = "a") -> bool:
    return True
print(annotated.__annotations__)
