# struct: every format character, byte orders, native alignment, Struct objects, errors.
import struct

print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 5, -2**63, 2**64 - 1))
print(struct.pack(">bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 5, -2**63, 2**64 - 1))
print(struct.pack("!hi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("@bi", 1, 2), struct.pack("bi", 1, 2))
print(struct.pack("<efd", 1.5, -2.25, 3.125), struct.pack(">e", 65504.0), struct.pack("<e", float("nan")), struct.pack("<d", float("inf")))
print(struct.pack("c?x3s5p", b"z", 7, b"abcdef", b"hi"), struct.pack("2c", b"a", b"b"), struct.pack("0s", b""), struct.pack("3x"))
print(struct.pack("nNP", -1, 2, 3))
print(struct.unpack("<bBhHiIlLqQ", struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 5, -2**63, 2**64 - 1)))
print(struct.unpack(">efd", struct.pack(">efd", 1.5, 0.1, 0.1)), struct.unpack("<5p", b"\x02abcd"), struct.unpack("c?x3s", b"z\x02\x00abc"))
for f in ["i", "ii", "bi", "ib", "b3si", "<b3si", "hq", "@?d", "<qh", "5s", "10p", "0i", "2x3H", "nNP", "e"]:
    print(f, struct.calcsize(f))
s = struct.Struct("<I2sh")
print(s.format, s.size, s.pack(7, b"xy", -1), s.unpack(b"\x07\x00\x00\x00xy\xff\xff"))
print(s.unpack_from(b"__\x07\x00\x00\x00xy\x01\x00", 2), struct.unpack_from("<h", b"\x01\x02\x03", offset=1))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")), list(s.iter_unpack(b"")))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
s.pack_into(buf, 0, 1, b"ab", 2) if False else None
print(buf)
print(struct.Struct(b"<i").format, struct.pack("<i", True), struct.unpack(">I", b"\xde\xad\xbe\xef"))
for f, args in [("b", (200,)), ("B", (-1,)), ("h", (70000,)), ("H", (-1,)), ("i", (2**31,)), ("I", (-1,)), ("q", (2**63,)),
                ("<i", (2**31,)), ("<I", (2**32,)), ("<Q", (-1,)), ("i", (1.5,)), ("c", (b"ab",)), ("s", ("x",)),
                ("e", (1e10,)), ("<f", (1e300,)), ("ii", (1,)), ("i", (1, 2)), ("z", ()), ("3", ()), ("<n", (1,)), ("d", ("x",))]:
    try:
        print(f, struct.pack(f, *args))
    except Exception as e:
        print(f, type(e).__name__ + ":", e)
for f in [lambda: struct.unpack("i", b"abc"), lambda: struct.unpack_from("i", b"abc", 1), lambda: list(struct.iter_unpack("i", b"abcde")),
          lambda: struct.calcsize(5), lambda: struct.pack_into("<i", bytearray(2), 0, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
