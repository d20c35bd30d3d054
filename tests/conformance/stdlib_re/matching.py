# search, match, fullmatch and Match objects.
import re

m = re.search(r"(?P<word>\w+)\s+(\d+)", "hello world 42 and more")
print(m)
print(m.group(), m.group(1), m.group("word"), m.group(2), m.group(1, 2, "word"))
print(m.groups(), m.groupdict(), m.span(), m.span(2), m.start(1), m.end(), m.end("word"))
print(m.lastindex, m.lastgroup, m[0], m["word"], m.pos, m.endpos, m.string, m.re.pattern)
print(m.regs, bool(m))
print(re.match(r"a+", "aaab"), re.match(r"b", "ab"), re.fullmatch(r"a+b", "aaab"), re.fullmatch("a", "ab"))
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"), re.search(r"(a)(b)?", "ac").span(2))
print(re.search(r"(?P<a>a)(?P<b>b)?", "a").groupdict(), re.search(r"(?P<a>a)(?P<b>b)?", "a").groupdict(0))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex)
print(re.match(r"(?P<x>a)(?P<y>b)", "ab").lastgroup, re.match(r"a", "a").lastindex)
p = re.compile(r"\d+")
print(p.search("abc 123 def", 5), p.search("abc 123 def", 0, 5), p.search("abc 123", 100))
print(re.compile(r"^a").match("ba", 1), re.compile(r"a").match("ba", 1), re.compile(r"a$").search("ab", 0, 1))
print(p.fullmatch("12a", 0, 2), p.match("x12", 1))
print(re.search("é+", "caféé").span(), re.search("😀(.)", "a😀b😀c").span(1), re.search("(.)😀", "a😀b").group(1))
print(m.expand(r"<\2:\g<word>>"), m.expand(r"\g<0>!"))
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
print(re.search(r"a\Z", "a\n"), re.search(r"a$", "a\n"), re.search(r"a\Z", "a"))
print(re.search(r"\Aab", "ab"), re.search(r"^b", "a\nb"), re.search(r"(?m)^b", "a\nb"))
print(re.search(r".", "\n"), re.search(r"(?s).", "\n"), re.search(r".", "\n", re.DOTALL))
print(re.match(r"(?i)straße", "STRAßE"), re.match("abc", "ABC", re.IGNORECASE))
