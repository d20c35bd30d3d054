# str.translate/maketrans and encode/decode.
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), table == {97: 120, 98: 121, 99: 122})
strip_vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(strip_vowels))
t3 = str.maketrans({"a": "4", "e": "3", "o": None, "s": "$$"})
print("hello seashore".translate(t3))
print("abc".translate({ord("a"): "A", ord("b"): None}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
s = "héllo wörld €"
for enc_name in ["utf-8", "utf-16-le", "latin-1", "ascii"]:
    try:
        print(enc_name, s.encode(enc_name))
    except UnicodeEncodeError as e:
        print(enc_name, "UnicodeEncodeError:", e)
print(s.encode("ascii", errors="replace"), s.encode("ascii", errors="ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"))
b = s.encode()
print(b.decode(), b.decode("utf-8") == s, len(b), len(s))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
try:
    b"\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("😀".encode("utf-8"), "😀".encode("utf-16-be"), len("😀".encode("utf-32-le")))
print(bytes("abc", "ascii"), str(b"abc", "ascii"), str(b"abc"))
