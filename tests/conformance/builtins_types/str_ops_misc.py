# Miscellaneous str operations: comparison, repetition, iteration, str() of objects, ord/chr.
print("abc" < "abd", "abc" < "abcd", "B" < "a", "é" > "z", "" < "a", "a" * 0 == "")
print("ab" * 3, 3 * "ab", "-" * 10, "x" * -1 == "")
print([c for c in "hey"], list(enumerate("ab")), "".join(reversed("abc")))
print(str(1), str(1.0), str([1]), str(None), str(b"x"), str(str), str(print)[:18])
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(8364), chr(128512), [chr(c) for c in range(945, 950)])
print(max("hello"), min("hello"), sorted("hello", reverse=True), len("hello" * 100))
s = "The Quick Brown Fox"
print(s.lower().count("o"), s.swapcase(), s[::-1].upper(), s.split()[::-1])
print(" ".join(w[::-1] for w in s.split()), "".join(sorted(set(s.lower()) - {" "})))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "ab".__mul__(2))
acc = ""
for i in range(5):
    acc += str(i)
print(acc, acc.isdigit(), int(acc) + 1)
print("%s" % "percent", "%5.2s|" % "abc", "%-4d|" % 5)
print("a" "b" == "ab", "abc"[0:1] == "abc"[0])
print(str.upper("x"), str.join(",", "ab"), str.__name__, type("").__name__)
print("Mixed".lower() == "mixed", "straße".casefold() == "STRASSE".casefold())
print(hash("a") == hash("a"), "".join(["a"] * 3) == "aaa")
