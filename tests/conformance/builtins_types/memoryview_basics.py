# memoryview basics over bytes and bytearray.
b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], m.readonly)
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
print(ba, mv.readonly, bytes(mv[1:]))
mv[1:3] = b"EL"
print(ba)
sub = mv[2:]
sub[0] = ord("?")
print(ba, sub.tobytes(), len(sub))
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(m == b"abcdef", mv.nbytes, m.itemsize, m.format, m.ndim, m.shape)
print(bytes(memoryview(b"xyz")[::-1]), memoryview(b"ab").hex())
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm[0]
except ValueError as e:
    print("ValueError:", e)
