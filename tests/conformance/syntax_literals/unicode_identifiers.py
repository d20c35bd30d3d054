# Unicode identifiers and string code points.
π = 3.14159
café = "coffee"
日本 = "Japan"
ñ = 1
def größe(x):
    return x * 2
class Ünicode:
    wert = 5
print(π, café, 日本, ñ)
print(größe(21), Ünicode.wert, Ünicode.__name__)
print(len("日本語"), "日本語"[1], "日本語"[::-1])
print(ord("π"), chr(960), "\u03c0" == "π")
print(len("😀"), len("a😀b"), "a😀b"[1], "a😀b"[2])
print("ﬁ".upper(), "ß".upper(), "ǅ".lower(), "İ".lower().__len__())
print("straße".casefold(), "ΣΑΣ".lower())
s = "héllo wörld"
print(s.title(), s.upper(), s.encode("utf-8"))
print(len(s.encode("utf-8")), len(s))
print(sorted("bca"), sorted(["é", "e", "f", "z"]))
print("😀".encode("utf-8"), "😀".encode("utf-16-le"))
print(b"\xf0\x9f\x98\x80".decode("utf-8") == "😀")
