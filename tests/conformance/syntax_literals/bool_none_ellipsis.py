# Singleton literals: True, False, None, Ellipsis.
print(True, False, None, ..., Ellipsis)
print(repr(True), str(None), repr(...))
print(True + True, True * 10, False - 1, -True, ~True, ~False)
print(True == 1, False == 0)
print(isinstance(True, int), type(True).__name__, type(None).__name__, type(...).__name__)
print(... is Ellipsis, None is None)
print(int(True), float(False), str(True), bool(None), bool(...))
print(True and 5, False or "x", None or 0, not None)
print(True / 2, True // 2, True % 2, True ** 5, True << 3)
print(True & False, True | False, True ^ True)
print(hash(True) == hash(1), {True: "a", 1: "b"})
print([True, False].count(1), sum([True, True, False]))
print(max(True, 0), min(False, 1))
print(f"{True}", f"{True:d}", f"{False:>5}", "%s %d" % (True, True))
def f():
    pass
print(f() is None)
x = ...
print(x)
