# Enum-like classes built with a metaclass: iteration, lookup, members as instances.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        cls._members = []
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            setattr(cls, k, inst)
            cls._members.append(inst)
        return cls
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        for m in cls._members:
            if m.name == name:
                return m
        raise KeyError(name)
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def is_warm(self):
        return self is Color.RED
print(list(Color), len(Color))
print(Color.RED, repr(Color.GREEN), Color["BLUE"].value)
print(Color.RED.is_warm(), Color.BLUE.is_warm(), isinstance(Color.RED, Color))
print([c.name for c in Color if c.value > 1])
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
print(Color.RED == Color.RED, Color.RED is Color["RED"], Color.RED != Color.BLUE)
