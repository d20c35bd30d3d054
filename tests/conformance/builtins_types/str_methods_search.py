# str.find/rfind/index/rindex/count/startswith/endswith/in/replace.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.find(""), s.rfind(""))
print(s.find("o", 5, 10), s.find("o", -6), s.index("world"), s.rindex("o"))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("xyz")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 0, 5))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("python"), s.endswith(("a", "on")))
print(s.endswith("hello", 0, 5), "".startswith(""), "abc".startswith(""))
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("", "-")[:12], "aaa".replace("a", "bb"))
print("mississippi".replace("ss", "SS"), "abc".replace("x", "y"), "aaaa".replace("aa", "b"))
print("world" in s, "World" in s, "" in s)
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("bc"), "abc".removeprefix("x"))
print("a\tb".expandtabs(), "a\tb".expandtabs(4), "ab\tc\td".expandtabs(3), "\t".expandtabs(0) == "")
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
