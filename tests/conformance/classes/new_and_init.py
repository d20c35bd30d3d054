# __new__ vs __init__: immutable subclasses, instance caching, init skipped.
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Positive(5) + 1, type(Positive(5)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
class Cached:
    _cache = {}
    def __new__(cls, key):
        print("__new__", key)
        if key in cls._cache:
            return cls._cache[key]
        inst = super().__new__(cls)
        cls._cache[key] = inst
        return inst
    def __init__(self, key):
        print("__init__", key)
        self.key = key
x = Cached("a")
y = Cached("a")
print(x is y)
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")
print(type(ReturnsOther()).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2))
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
