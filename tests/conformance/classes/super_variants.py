# super() in various contexts: two-argument form, classmethods, properties, __new__.
class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    @property
    def prop(self):
        return "A.prop"
    def __new__(cls, *args):
        print(f"A.__new__({cls.__name__})")
        return super().__new__(cls)
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def prop(self):
        return "B>" + super().prop
    def __new__(cls, *args):
        print(f"B.__new__({cls.__name__})")
        return super().__new__(cls, *args)
class C(B):
    def hello(self):
        return "C>" + super(B, self).hello()
c = C()
print(c.hello(), C.make(), c.prop)
print(super(C, c).hello(), super(B, C).make())
def outside(self):
    return super(B, self).hello()
print(outside(c))
class D(A):
    def method(self):
        inner = lambda: super(D, self).hello()
        return inner()
print(D().method())
class E(B):
    def gen(self):
        yield super().hello()
print(list(E().gen()))
print(isinstance(super(B, c), super), type(super(B, c)).__name__)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
