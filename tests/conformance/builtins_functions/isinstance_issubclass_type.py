# isinstance/issubclass with tuples and ABC-free hierarchies; type() with 1 and 3 args.
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
obj = Leaf()
print(isinstance(obj, Leaf), isinstance(obj, Base), isinstance(obj, (int, str)), isinstance(obj, (int, (str, Mid))))
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(Leaf, (int, Mid)), issubclass(Leaf, Leaf), issubclass(Leaf, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(None, object), isinstance(int, type))
try:
    isinstance(obj, "Leaf")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(obj, Base)
except TypeError as e:
    print("TypeError:", e)
print(type(obj).__name__, type(5), type("s"), type(None), type(type), type(Leaf), type(len))
print(type(obj) is Leaf, type(obj) == Mid, type(True) is bool)
Point = type("Point", (), {"x": 0, "y": 0, "__repr__": lambda self: f"Point({self.x}, {self.y})"})
p = Point()
p.x = 3
print(p, Point.__name__, Point.__bases__, type(Point))
Point3 = type("Point3", (Point,), {"z": 9})
print(Point3(), Point3.z, issubclass(Point3, Point), [k.__name__ for k in Point3.__mro__])
try:
    type("Bad", "not a tuple", {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(range(1), range), isinstance(b"", bytes))
print(isinstance(3, int | str), isinstance("s", int | None), isinstance(None, int | None))
print(int | str, type(int | str).__name__)
