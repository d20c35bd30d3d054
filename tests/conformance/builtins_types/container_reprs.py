# repr of nested and recursive containers and strings needing escapes.
data = {"name": "O'Brien", "quote": 'say "hi"', "both": "it's \"x\"", "nl": "a\nb", "tab": "\t"}
print(data)
print(repr(data["both"]), str(data["both"]))
print([1, "two", 3.0, None, True, [4, (5, {6: "six"})]])
print((1,), ((1,),), [()], [[]], {(): []}, {"k": {}})
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
print(repr("\\"), repr("\\n"), repr("'"), repr("\""), repr("'\""), repr("\x1b[0m"))
print([b"bytes", bytearray(b"ba"), 1j, -0.0, float("inf")])
print(str([1, "a"]), str(("a",)), str({"a": "b"}), str({1.5}))
s = {"set", "of", "strings"}
print(sorted(s), len(repr(s)))
print({1: [2, {3: (4, [5])}]})
