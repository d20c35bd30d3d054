# Data and non-data descriptors, __set_name__, lookup precedence.
class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance dict"
print(h.attr)
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class Holder2:
    attr = Data()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
h2.attr = 5
class Accessed:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)
class Own:
    a = Accessed()
print(Own.a, Own().a)
class Deleter:
    def __get__(self, obj, t=None):
        return 1
    def __delete__(self, obj):
        print("__delete__ called")
class D:
    x = Deleter()
del D().x
