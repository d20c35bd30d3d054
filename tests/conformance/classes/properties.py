# property: getter/setter/deleter, computed attributes, validation, read-only.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
class Old:
    def get_x(self):
        return self._x * 10
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, doc="the x")
o = Old()
o.x = 4
print(o.x, Old.x.__doc__, type(Old.x).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Child(Temperature):
    @property
    def celsius(self):
        return "overridden"
print(Child.__dict__["celsius"].fget(None) if False else "skip")
class RO:
    @property
    def only(self):
        return 1
try:
    del RO().only
except AttributeError as e:
    print("AttributeError:", e)
