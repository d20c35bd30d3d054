# bytearray: mutation methods, slicing assignment, conversions.
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" world")
print(ba, len(ba))
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[0:0] = b"<<"
ba[-5:] = b""
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2.count(b"a"), ba2.find(b"cd"), ba2.upper(), ba2.replace(b"abc", b"X"))
ba2.reverse()
print(ba2)
ba2.clear()
print(ba2, len(ba2), bool(ba2))
ba3 = bytearray(3)
ba3[1] = 255
print(ba3, list(ba3), bytes(ba3), ba3.hex())
try:
    ba3[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    ba3.append(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
c = ba3.copy()
c[0] = 1
print(ba3, c, bytearray("é", "utf-8"), bytearray([65, 66]).decode())
print(bytearray(b"key=val").split(b"="), bytearray(b"  s ").strip(), type(bytearray(b"a").strip()).__name__)
ba4 = bytearray(b"abcdef")
ba4[::2] = b"XYZ"
print(ba4)
try:
    ba4[::2] = b"12"
except ValueError as e:
    print("ValueError:", e)
