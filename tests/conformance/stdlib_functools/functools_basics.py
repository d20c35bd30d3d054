import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(operator.add, [])
except TypeError as ex:
    print("TypeError:", ex)
p2 = functools.partial(int, base=2)
print(p2("101"), p2.func is int, p2.args, p2.keywords)
p3 = functools.partial(functools.partial(max, 1), 5)
print(p3(3), p3.args)
try:
    functools.partial(5)
except TypeError as ex:
    print("TypeError:", ex)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())

@functools.cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq.cache_info())

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(2))
try:
    functools.total_ordering(type("E", (), {}))
except ValueError as ex:
    print("ValueError:", ex)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w

@deco
def hello():
    "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)

@functools.singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([]), show("s"), show(True), show.dispatch(bool).__name__)

class CP:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
cp = CP()
print(cp.val, cp.val, cp.__dict__)

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c.alive)
