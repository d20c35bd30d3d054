# staticmethod and classmethod: alternate constructors, subclass-aware factories.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def count_class(cls):
        return cls.__name__
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(MyDate.count_class(), MyDate(1, 2, 3).count_class())
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2023), cm.__func__(Date, "1-2-3"))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
Counter(); Counter(); Counter()
print(Counter.how_many())
bound = Date.from_string
print(bound.__self__ is Date, bound("5-6-7"))
