# str.split/rsplit/splitlines/join/partition/rpartition.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("a--b--c".split("--"), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("line1\nline2\r\nline3\rline4".splitlines())
print("keep\nends\n".splitlines(keepends=True), "".splitlines(), "trailing\n".splitlines())
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(map(str, [1, 2, 3])), "|".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("key=value=x".partition("="), "no sep".partition("="), "a.b.c".rpartition("."), "abc".rpartition("z"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("1 2 3".split(" ", -1), "a\tb\tc".split("\t", 0))
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
header, *records = rows
print([dict(zip(header, r)) for r in records])
