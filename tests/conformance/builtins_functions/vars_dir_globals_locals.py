# vars(), dir() of a user class (sorted), globals()/locals() basics.
class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
        self.sound = "..."
    def speak(self):
        return self.sound
class Dog(Animal):
    def fetch(self):
        return "ball"
d = Dog("rex")
print(vars(d))
d.age = 3
print(vars(d), d.__dict__ is vars(d))
print(sorted(k for k in vars(Animal) if not k.startswith("__")))
print([n for n in dir(d) if not n.startswith("__")])
print([n for n in dir(Dog) if not n.startswith("_")])
print("speak" in dir(Dog), "__init__" in dir(Dog), "name" in dir(Dog), "name" in dir(d))
print(dir(d) == sorted(dir(d)))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
top_level_value = 123
g = globals()
print(g["top_level_value"], "Animal" in g, g["__name__"], "__builtins__" in g)
g["created_via_globals"] = "hello"
print(created_via_globals)
def func(a, b=2):
    c = a + b
    return sorted(locals().items())
print(func(1))
def nested():
    x = 1
    def inner():
        return sorted(locals())
    return inner()
print(nested())
print(sorted(k for k in vars() if not k.startswith("__"))[:5])
print(type(globals()).__name__, vars() is globals())
