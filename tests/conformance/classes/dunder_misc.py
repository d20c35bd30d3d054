# Misc dunders: __index__, __int__, __float__, __complex__, __hash__, __sizeof__-free, __dir__.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__", operator_index := Idx(4).__index__())
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 1j
n = Num()
print(int(n), float(n), complex(n))
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError:", e)
class Dir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Dir()))
class WithDoc:
    """Docstring here."""
print(WithDoc.__doc__, WithDoc().__doc__)
class Trunc:
    def __trunc__(self):
        return 9
    def __floor__(self):
        return 8
    def __ceil__(self):
        return 10
import math
print(math.trunc(Trunc()), math.floor(Trunc()), math.ceil(Trunc()))
print(int(Idx(11)))
