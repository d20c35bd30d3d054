# Decorators: simple, with arguments, stacked, class decorators, preserving names.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__, add.__wrapped__(1, 1))

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("z"))

def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "txt"
print(text())

registry = {}
def register(name):
    def deco(obj):
        registry[name] = obj
        return obj
    return deco
@register("sq")
def square(x):
    return x * x
@register("Point")
class Point:
    def __init__(self, x):
        self.x = x
print(sorted(registry), registry["sq"](4), registry["Point"](3).x)

def add_repr(cls):
    cls.__repr__ = lambda self: f"{cls.__name__}({vars(self)})"
    return cls
@add_repr
class Thing:
    def __init__(self):
        self.a = 1
print(Thing())
calls = []
def order(tag):
    calls.append(f"factory {tag}")
    def deco(f):
        calls.append(f"apply {tag}")
        return f
    return deco
@order("A")
@order("B")
def target():
    pass
print(calls)
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
@(lambda f: f())
def immediately():
    return "ran at definition"
print(immediately)
