# ascii, repr, bin, hex, oct, chr, ord.
for v in ["plain", "é", "日本", "😀", "tab\t", 'q"uote', "it's", b"bytes", ["é"], {"k": "ü"}]:
    print(repr(v), ascii(v))
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return 10
print(bin(Idx()), oct(Idx()), hex(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print([chr(i) for i in (65, 97, 48, 0x263A, 0x1F40D)], [ord(c) for c in "Aa0☺🐍"])
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
print(repr(None), repr(1.0), repr(True), repr(repr), repr(int), repr(ValueError), repr(object))
class P:
    def __repr__(self):
        return "P<é>"
print(repr(P()), ascii(P()), str(P()))
