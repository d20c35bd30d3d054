# Every binary arithmetic dunder plus unary ones on a Vector class.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def _op(self, other, f):
        if isinstance(other, V):
            return V(*(f(a, b) for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(f(a, other) for a in self.c))
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None): return self._op(o, lambda a, b: pow(a, b, mod) if mod else a ** b)
    def __lshift__(self, o): return self._op(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._op(o, lambda a, b: a >> b)
    def __and__(self, o): return self._op(o, lambda a, b: a & b)
    def __or__(self, o): return self._op(o, lambda a, b: a | b)
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return V(*(+a for a in self.c))
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*(~a for a in self.c))
    def __round__(self, n=None): return V(*(round(a, n) for a in self.c))
a, b = V(6, 7), V(2, 3)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << b, a >> V(1, 1), a & b, a | b, a ^ b, a @ b)
print(divmod(a, b), -a, +a, abs(V(-1, 2)), ~a)
print(a + 1, a * 2.5, pow(a, b, 5), round(V(1.26, 2.5), 1), round(V(1.5, 2.5)))
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
try:
    a @ 3
except AttributeError as e:
    print("AttributeError:", e)
