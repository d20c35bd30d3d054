# Comprehensions over many iterable kinds: strings, dicts, sets (sorted), files-free generators.
d = {"b": 2, "a": 1, "c": 3}
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
print([k for k in sorted(d)], [k for k, v in sorted(d.items(), key=lambda kv: -kv[1])])
print([c for c in "héllo"], [b for b in b"hi"])
print([x for x in range(10, 0, -3)], [x for x in reversed(range(3))])
print([pair for pair in zip("ab", "xy", "12")])
print([e for e in enumerate("xyz", start=5)])
print(sorted([x for x in {3, 1, 2}]), [x for x in frozenset([5])])
print([t for t in (1, (2, 3), [4])])
def gen():
    yield from "gen"
print([c.upper() for c in gen()])
print([x for x in map(abs, [-1, -2])], [x for x in filter(None, [0, 1, "", "a"])])
print([w for line in ["a b", "c d e"] for w in line.split()])
print([i for i in iter([1, 2, 3].pop, 1)])
