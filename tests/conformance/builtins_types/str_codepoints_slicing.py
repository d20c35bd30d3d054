# Code-point semantics of str: astral characters, indexing, slicing with steps, ord/chr.
s = "a😀b🎉c"
print(len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2], list(s))
print(len("😀"), len("👍🏽"), list("👍🏽"), len("é"), len("e\u0301"))
print([ord(c) for c in s], chr(0x1F600) == "😀", chr(128512))
print("😀" * 3, "😀" in s, s.find("b"), s.index("🎉"), s.count("😀"))
print(s.upper(), s.replace("😀", ":)"), s.split("b"))
print("x😀y"[1:2] == "😀", "😀"[0] == "😀", "😀"[-1:])
print(repr("\U0001F600"), ascii("😀"), ascii("é"), "\N{SNOWMAN}")
text = "Ünïcödé ✓ 中文 😀"
print(len(text), text[8], text[10:12], text[-1])
print(sorted("cabé😀"), max("a😀z"), min("😀é"))
print(s[1:100], s[-100:2], s[5:], s[2:2])
big = "ab😀" * 1000
print(len(big), big[2999], big[1500:1503], big[::1000])
print(chr(0), repr(chr(0x7f)), repr(chr(0xa0)), repr(chr(0xad)), repr(chr(0x10ffff)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
print("a😀".encode("utf-8"), "a😀".encode("utf-8").decode("utf-8") == "a😀")
print("".join(reversed("😀ab")), "😀".isprintable(), "😀".isalpha(), "😀".isidentifier())
