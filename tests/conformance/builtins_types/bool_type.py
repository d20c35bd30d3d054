# bool is a subclass of int: arithmetic, comparisons, conversions, keys.
print(True + True, True - False, True * 7, True / 2, True // 2, -True, abs(-True))
print(True & False, True | False, True ^ True, ~True, ~False, True << 4)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__, type(True & True).__name__, type(True + True).__name__)
print(bool(0), bool(0.0), bool(0j), bool(""), bool([]), bool({}), bool(set()), bool(None), bool(()))
print(bool(1), bool(-1), bool(0.1), bool(" "), bool([0]), bool((None,)), bool(float("nan")))
print(str(True), repr(False), int(True), float(True), complex(True))
print(True == 1, True == 1.0, False == 0, True is True, True > False, sorted([True, False, True]))
d = {1: "one", True: "true", 1.0: "float"}
print(d, len(d))
print(sum([True, True, True]), [1, 2, 3][True], "ab"[False])
print(bool.__name__, bool.__bases__[0].__name__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(True.real, True.imag, True.numerator, (True).bit_length())
print(f"{True:>6}|{False!r}|{True:d}|{True:.2f}")
print(max([False, True]), min(True, 0), True in [1], 0 in [False])
print(bool("False"), bool("0"), not "")
