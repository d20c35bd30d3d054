from collections import namedtuple, deque, UserDict, UserList
import collections.abc as cabc

P = namedtuple("Point", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._make([7, 8]), P._fields)
x, y = p
print(x + y, isinstance(p, tuple), type(p).__name__, p == (1, 2), hash(p) == hash((1, 2)))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1])
print(Q(5), Q._field_defaults, Q(1, 2, 3))
R = namedtuple("R", "a def _b", rename=True)
print(R._fields)
for bad in (lambda: P(1), lambda: P(1, 2, 3), lambda: namedtuple("Bad", "a a"),
            lambda: namedtuple("Bad", "a _b"), lambda: namedtuple("Bad", "class"),
            lambda: P._make([1]), lambda: p._replace(z=1)):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
match p:
    case P(x=1, y=yy):
        print("matched", yy)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(deque(), cabc.MutableSequence))
print(isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(iter([]), cabc.Iterator))
print(issubclass(dict, cabc.Iterable), isinstance(len, cabc.Callable), isinstance("", cabc.Collection))
class MyMap(cabc.Mapping):
    def __init__(self): self.d = {"a": 1, "b": 2}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap()
print(dict(m), m.get("a"), m.get("z", 0), "b" in m, list(m.keys()), list(m.items()), m == {"a": 1, "b": 2})
try:
    cabc.Sequence()
except TypeError as ex:
    print("TypeError:", ex)
ud = UserDict(a=1); ud["b"] = 2; print(ud, len(ud), ud.data)
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], len(ul))
