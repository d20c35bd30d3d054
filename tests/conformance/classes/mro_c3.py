# Multiple inheritance: C3 linearization, diamond, cooperative super().
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])
class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both init")
        super().__init__(**kw)
Both(left=1, right=2, extra=3)
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def greet(self):
        return f"hello from {type(self).__name__}"
class Thing(Mixin, B):
    pass
print(Thing().greet(), Thing().who())
print(super(B, D()).who())
