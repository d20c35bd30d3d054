# Default argument values: evaluated once, mutable default pitfall, None idiom.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))

counter = 0
def next_default():
    global counter
    counter += 1
    print("default evaluated", counter)
    return counter
def uses(x=next_default()):
    return x
print(uses(), uses(), uses(99))
print(uses.__defaults__, greet.__defaults__)
def kwdefs(a, *, b=2, c):
    return a, b, c
print(kwdefs(1, c=3), kwdefs.__kwdefaults__)
x = 10
def capture(v=x):
    return v
x = 20
print(capture())
uses.__defaults__ = (42,)
print(uses())
