# Metaclasses: __new__, __init__, __call__, class registry, singletons, type().
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} keys={sorted(k for k in ns if not k.startswith('__'))}")
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print(f"Meta.__init__ {name} kw={kw}")
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    x = 1
    def method(self):
        pass
class Child(Base, flag=True):
    y = 2
print(type(Base).__name__, type(Child).__name__, Child.created_by)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shout(metaclass=Upper):
    greeting = "hi"
    def speak(self):
        return "speaking"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))
Dyn = type("Dyn", (object,), {"a": 5, "show": lambda self: f"Dyn a={self.a}"})
print(Dyn().show(), Dyn.__name__, type(Dyn).__name__)
Sub = type("Sub", (Dyn,), {})
print(Sub().show(), Sub.__mro__[1].__name__)
print(type(type).__name__, isinstance(type, type), isinstance(int, type))
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": "by prepare"}
class P(metaclass=Prep):
    pass
print(P.injected)
class MetaRepr(type):
    def __repr__(cls):
        return f"<class-ish {cls.__name__}>"
class R(metaclass=MetaRepr):
    pass
print(R, [R])
