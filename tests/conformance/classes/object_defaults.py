# Behaviour inherited from object: default eq/ne/hash, __class__, __dict__, type names.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a)
print(type(a).__name__, a.__class__.__name__, Plain.__base__.__name__)
print(a.__dict__, vars(a))
a.x = 1
print(a.__dict__)
print(isinstance(a, object), issubclass(Plain, object))
print(str(a) == repr(a), repr(a).startswith("<__main__.Plain object at "))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
print(Plain.__eq__(a, a), a.__eq__(5))
class Other:
    pass
a.__class__ = Other
print(type(a).__name__)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object().__class__.__name__, type(object).__name__)
print(sorted(n for n in dir(Plain) if n in ("__init__", "__repr__", "__eq__", "__hash__")))
