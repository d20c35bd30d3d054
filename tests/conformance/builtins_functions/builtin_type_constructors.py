# Constructors of builtin types called with various arguments.
print(int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset(), bool())
print(str(123), str(b"ab", "ascii"), str(None), list("ab"), tuple([1]), set([1, 1, 2]), frozenset("aa"))
print(dict(a=1), dict([("b", 2)]), dict({"c": 3}, d=4), dict(zip("ef", (5, 6))), dict.fromkeys("gh", 0))
print(bytes("hi", "utf-8"), bytes([104, 105]), bytes(2), bytearray("hi", "ascii"), bytearray(b"hi"))
print(slice(3), slice(1, 2), range(3), object().__class__.__name__, type(NotImplemented).__name__)
print(int("12") + float("0.5") + complex("1j").imag)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(type(int) is type, int.__name__, list.__name__, dict.__qualname__)
print(str(list), str(int), repr(dict), str(Exception))
