# int(): conversions from str/float/bool with bases and errors; int methods.
print(int(), int(3.99), int(-3.99), int("42"), int(" 42\n"), int("-0"), int(True))
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("10", 36))
print(int("0b101", 0), int("0o17", 0), int("0xAb", 0), int("1_000", 0), int("0", 0))
print(int("1_0", 10), int("  +5 "), int("٣"))
for bad in ["", " ", "1.5", "1e3", "0x10", "1__0", "_1", "--1", "12a", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad, base in [("2", 2), ("9", 8), ("g", 16), ("010", 0)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print((42).bit_length(), (42).bit_count(), (-42).bit_count(), (0).bit_length())
print((10).as_integer_ratio(), (-3).conjugate(), (5).real, (5).imag)
print(int.__name__, type(5) is int, int("7") + int(8.9))
print(int(b"12"), int(bytearray(b"34")), int("１２"))
print(hex(-255), oct(-8), bin(-5), hex(0), bin(0))
print(format(255, "x"), format(-255, "#X"), format(5, "08b"), format(1234567, ","))
