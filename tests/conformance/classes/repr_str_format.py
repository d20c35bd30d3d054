# __repr__, __str__, __format__ and how print/str/repr/format/f-strings use them.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
    def __repr__(self):
        return "StrOnly-repr"
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {r}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "":
            return f"${self.amount:.2f}"
        if spec.endswith("c"):
            return f"{int(self.amount * 100):{spec[:-1]}}c"
        return f"${self.amount:{spec}}"
    def __str__(self):
        return f"Money({self.amount})"
m = Money(3.14159)
print(format(m), format(m, ".3f"), f"{m}", f"{m:>10.1f}", f"{m:6c}", "{:.0f}".format(m))
print(str(m), f"{m!s}")
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>5}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Sub(str):
    def __repr__(self):
        return "Sub!"
print(repr(Sub("x")), str(Sub("x")), Sub("x") + "y")
