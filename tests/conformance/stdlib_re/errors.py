# re.error messages and positions; type errors.
import re

for bad in ["(", ")", "a**", "*a", "[a", r"\q", "(?P<1>a)", "(?P=x)", r"(a)\2", "a{3,2}", "(?<x>a)",
            "[z-a]", "(?i)a(?s)b", "a)", "(?P<a>x)(?P<a>y)", "x\n(", "+", "a|*", r"\x4", "(?Pa)", "(?z)"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiled")
    except re.error as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for template in [r"\9", r"\g<x>", r"\g<", r"\q", r"\g<1a>"]:
    try:
        print(re.sub("(a)", template, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for f in [lambda: re.search("a", 5), lambda: re.search("a", b"a"), lambda: re.search(b"a", "a"), lambda: re.compile(5),
          lambda: re.compile(re.compile("a"), re.I), lambda: re.sub("a", 5, "a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
e = re.error("boom", "ab", 1)
print(e, e.msg, e.pattern, e.pos, isinstance(e, Exception))
print(re.error("plain"))
