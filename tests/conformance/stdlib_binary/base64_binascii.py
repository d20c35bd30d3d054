# base64 and binascii: encodings, decodings, padding and alphabet errors.
import base64
import binascii

data = b"pycc compiles Python \x00\xff\xfe!"
for n in range(6):
    print(base64.b64encode(data[:n]), base64.b32encode(data[:n]), base64.b16encode(data[:n]))
print(base64.b64encode(data), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b64decode(base64.b64encode(data)) == data, base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="))
print(base64.urlsafe_b64decode("-_-_"), base64.standard_b64decode(b"YQ=="), base64.b64decode("aGVsbG8", validate=False) if False else "")
print(base64.b32decode(base64.b32encode(data)) == data, base64.b32decode("mzxw6===", casefold=True), base64.b32hexencode(b"abc"))
print(base64.b16decode("48656C6C6F"), base64.b16decode("48656c", casefold=True))
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(base64.encodebytes(data)) == data)
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", 2), binascii.hexlify(b"\x01\x02\x03", b":", -2))
print(binascii.unhexlify("01abFF"), binascii.a2b_hex(b"00"), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(binascii.a2b_base64(b"aGk=garbage!!"), binascii.a2b_base64(b"a G k ="))
for f in [lambda: base64.b64decode("aGVsbG8"), lambda: base64.b64decode("a"), lambda: base64.b64decode("aGk=x", validate=True),
          lambda: base64.b64decode("a!Gk=", validate=True), lambda: base64.b32decode("MZXW6"), lambda: base64.b32decode("mzxw6==="),
          lambda: base64.b16decode("4g"), lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"),
          lambda: base64.b64encode("text"), lambda: base64.b64decode("é"), lambda: binascii.hexlify(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e, isinstance(e, ValueError))
