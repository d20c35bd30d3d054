# Class attributes vs instance attributes: shadowing, shared mutable state, __dict__.
class Config:
    retries = 3
    tags = []
    def __init__(self, name):
        self.name = name
a, b = Config("a"), Config("b")
print(a.retries, b.retries, Config.retries)
a.retries = 10
print(a.retries, b.retries, Config.retries)
Config.retries = 5
print(a.retries, b.retries)
del a.retries
print(a.retries)
a.tags.append("shared!")
print(b.tags, Config.tags)
b.tags = ["own"]
print(a.tags, b.tags)
print(sorted(vars(a)), sorted(vars(b)))
print("retries" in Config.__dict__, "name" in Config.__dict__)
class Counter:
    count = 0
    def __init__(self):
        self.count += 1
c1, c2 = Counter(), Counter()
print(c1.count, c2.count, Counter.count)
class Counter2:
    count = 0
    def __init__(self):
        type(self).count += 1
Counter2(); Counter2()
print(Counter2.count)
class Sub(Config):
    retries = 99
print(Sub("s").retries, Config("c").retries)
def new_method(self):
    return f"patched {self.name}"
Config.describe = new_method
print(a.describe(), Sub("x").describe())
a.describe = lambda: "instance-level"
print(a.describe(), b.describe())
print(Config.__name__, Config.__qualname__, Config.__module__)
try:
    del a.retries
except AttributeError as e:
    print("AttributeError:", e)
