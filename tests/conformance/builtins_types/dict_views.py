# dict views: dynamic, set operations on keys/items, membership, iteration errors.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
print(list(keys), list(values), len(items))
print("a" in keys, 1 in values, ("a", 1) in items, ("a", 2) in items)
print(sorted(keys & {"a", "z"}), sorted(keys | {"z"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(sorted(items & {("a", 1), ("b", 9)}), keys == {"a", "b", "c", "d"}, keys.isdisjoint({"x"}))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"x": 1, "y": 2}
for k in list(d):
    if k == "x":
        del d[k]
print(d)
d = {"a": 1}
for k in d:
    d[k] = 100
print(d)
print(values == values, list(reversed(d.keys())), d.values() == d.values())
m = {i: i * i for i in range(5)}
print(sum(m.values()), max(m, key=m.get), sorted(m.items(), key=lambda kv: -kv[1])[:2])
print(dict(m.items()) == m, {v: k for k, v in m.items()})
