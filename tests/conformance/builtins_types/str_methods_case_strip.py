# Case methods, strip family, padding: center/ljust/rjust/zfill.
words = ["hello", "WORLD", "Python3", "mIxEd CaSe", "ß", "ǆ", "o'neil's", "hello-world_foo bar"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
print("  pad  ".strip(), "|" + "  pad  ".lstrip() + "|", "|" + "  pad  ".rstrip() + "|")
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print(repr(" \t\n\r\x0b\x0c text \u3000".strip()))
print("ab".center(6), "|" + "ab".center(7, "*") + "|", "abc".center(2), "a".center(4, "-"))
print("ab".ljust(5, "."), "ab".rjust(5, "."), "abcdef".ljust(3), "ab".rjust(2))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("hello world".title(), "they're bill's".title(), "3rd place".title(), "ÉCOLE".lower())
print("İ".lower(), len("İ".lower()), "ﬃ".upper(), "ΣΊΣΥΦΟΣ".lower())
