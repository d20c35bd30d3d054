# A hand-written dataclass-like decorator using __annotations__ and setattr.
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: getattr(cls, f) for f in fields if hasattr(cls, f)}
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} fields")
        values = dict(zip(fields, args))
        values.update(kwargs)
        for f in fields:
            if f in values:
                setattr(self, f, values[f])
            elif f in defaults:
                setattr(self, f, defaults[f])
            else:
                raise TypeError(f"missing field {f!r}")
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls._fields = tuple(fields)
    return cls
@record
class Point:
    x: int
    y: int = 0
@record
class Person:
    name: str
    email: str = "n/a"
    age: int = 0
print(Point(1, 2), Point(3), Point(y=5, x=1))
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1) == (1, 0))
print(Person("Ann", age=30), Person._fields)
for bad in [lambda: Point(), lambda: Point(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
