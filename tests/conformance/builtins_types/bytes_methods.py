# bytes methods: the str-like API on bytes, hex, fromhex, counts, int conversion.
b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.split(), b"a,b,,c".split(b","), b.partition(b","), b.rpartition(b"o"))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"ab".center(6, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."))
print(b"-".join([b"a", b"b"]), b"".join([b"x", bytearray(b"y")]))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b"  ".isspace(), b"AB".isupper(), b"Ab Cd".istitle())
print(b[0], b[-1], b[1:5], b[::-1], b[::3], list(b[:3]), 72 in b, b"World" in b)
print(b.hex(), b.hex(":", 2), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex())
print(bytes(4), bytes([1, 2, 255]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(len(b), b * 2, b + b"!", b < b"Hello,", b == bytearray(b"Hello, World"))
print(b"%s:%d:%05.1f:%x" % (b"k", 7, 2.5, 255), b"%c%c" % (65, b"B"))
print(b"a\tb".expandtabs(4), b"Line1\nLine2\r\n".splitlines(), b"abc".translate(None, b"b"))
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"\x00\x7f\x80\xff", repr(b"\r\n\t\x1b"), str(b"q"), b"x".decode())
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([300])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("é")
except TypeError as e:
    print("TypeError:", e)
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"AbC".lower().upper())
print(sorted([b"b", b"a", b"ab", b""]), max(b"azb"), sum(b"\x01\x02"), list(reversed(b"ab")))
