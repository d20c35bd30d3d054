# In-place dunders (__iadd__ etc.) and fallback to binary operators.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
a = Acc(1)
orig = a
a += 4
print(a, a is orig)
a -= 1; a *= 6; a //= 5; a **= 3; a %= 50; a <<= 2; a >>= 1; a &= 0xFE; a |= 1; a ^= 8
print(a, a is orig)
a /= 2
print(a)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
n = NoInplace(1)
m = n
n += 1
print(n.v, m.v, n is m)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
class NIInplace:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
x = NIInplace()
x += 1
print(x)
