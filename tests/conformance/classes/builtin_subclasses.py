# Subclassing built-in types: list, dict, int, str, exceptions.
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(type(s + [4]).__name__, type(s[:1]).__name__)
class CountingDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
d = CountingDict()
d["a"] = 1
d.update(b=2)
print(d)
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"
t = Celsius(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__)
class Name(str):
    def initials(self):
        return "".join(w[0] for w in self.split())
n = Name("ada king lovelace")
print(n.initials(), n.title(), type(n.title()).__name__)
class Flags(int):
    def __repr__(self):
        return f"Flags({int(self):#b})"
f = Flags(5)
print(repr(f), f | 2, repr(Flags(f | 2)))
class OrderedSet(dict):
    def add(self, x):
        self[x] = None
    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}"
o = OrderedSet()
for ch in "mississippi":
    o.add(ch)
print(o, len(o))
class MyTuple(tuple):
    pass
mt = MyTuple((1, 2))
print(mt, mt == (1, 2), hash(mt) == hash((1, 2)))
