# Pattern objects: attributes, repr, flags, caching, methods with pos/endpos.
import re

p = re.compile(r"^\s*#.*$", re.M)
print(p, p.pattern, p.flags, p.groups, p.findall("a\n  # c1\nb\n#c2"))
print(re.compile("a", re.I | re.S), re.compile(r"(?P<a>x)(?P<b>y)").groupindex, re.compile(b"x"))
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("(?i)a").flags, re.compile("a", re.A).flags)
print(re.I, re.M, re.S, re.X, re.A, re.U, re.IGNORECASE | re.MULTILINE)
print(re.compile("ab") == re.compile("ab"), re.compile("x") is re.compile("x") or "not same object")
q = re.compile(r"(\w+)=(\d+)")
print(q.findall("a=1, b=22, c=x", 3), q.findall("a=1, b=22", 0, 7), [m.group(1) for m in q.finditer("a=1 b=2 c=3", 2)])
print(q.sub(r"\2=\1", "a=1 b=2"), q.subn(r"\2", "a=1 b=2", 1), q.split("x a=1 y b=2 z"))
print(q.match("a=1").span(), q.fullmatch("a=1"), q.fullmatch("a=12 "))
print(re.compile(r"(?P<first>\w+) (?P<last>\w+)").match("Jane Doe").groupdict())
rows = ["2024-01-05 ERROR disk full", "2024-01-06 INFO ok", "2024-02-01 ERROR net down"]
log = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)")
for row in rows:
    m = log.match(row)
    if m and m["level"] == "ERROR":
        print(m["date"], m.group("msg").upper())
