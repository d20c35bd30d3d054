# Rich comparisons, reflection (swapped operands), NotImplemented, ordering errors.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    __hash__ = None
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "2.0", "1.2.3"]]
print(sorted(vs))
print(Version("1.2") < Version("1.10"), Version("2.0") > Version("1.9"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"))
print(Version("1.0") == "1.0", Version("1.0") != "1.0")
print(Version("3") >= Version("2"))
print(max(vs), min(vs))
try:
    Version("1") < 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Version("1"))
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print(f"Loud{self.n}.__eq__")
        return NotImplemented
    def __gt__(self, o):
        print(f"Loud{self.n}.__gt__")
        return NotImplemented
    def __lt__(self, o):
        print(f"Loud{self.n}.__lt__")
        return NotImplemented
print(Loud(1) == Loud(2))
a = Loud(3)
print(a == a)
try:
    Loud(1) < Loud(2)
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __eq__(self, o):
        return True
print(Always() == 1, 1 == Always(), Always() != 1, [Always()] == [5])
print(None == Always(), Always() in [1, 2])
