# Reflected (__radd__ etc.) operators, NotImplemented fallback, subclass priority.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        if other == 0:
            return self
        return self.__add__(other)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rtruediv__(self, other):
        return f"{other} / {self!r}"
    def __rpow__(self, other):
        return f"{other} ** {self!r}"
    def __rmod__(self, other):
        return "rmod"
    def __rfloordiv__(self, other):
        return "rfloordiv"
    def __rlshift__(self, other):
        return "rlshift"
    def __rand__(self, other):
        return "rand"
    def __ror__(self, other):
        return "ror"
    def __rxor__(self, other):
        return "rxor"
    def __rmatmul__(self, other):
        return "rmatmul"
print(Money(5) + Money(7))
print(3 + Money(4))
print(sum([Money(1), Money(2), Money(3)]))
print(3 * Money(5), 10 - Money(3), 1 / Money(2), 2 ** Money(3))
print(5 % Money(1), 5 // Money(1), 1 << Money(1), 1 & Money(1), 1 | Money(1), 1 ^ Money(1), [] @ Money(1))
try:
    print("x" + Money(1))
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())
class OnlyAdd:
    def __add__(self, o):
        return NotImplemented
try:
    OnlyAdd() + OnlyAdd()
except TypeError as e:
    print("TypeError:", e)
print(1 + 2.5, (2).__add__(2.5), (2.5).__radd__(2))
