# dict: insertion order, equal-key unification (1 == 1.0 == True), views, methods.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 10
print(d)
del d["a"]
d["a"] = 20
print(d)
k = {1: "int"}
k[1.0] = "float"
k[True] = "bool"
print(k, len(k), k[1], k[True], k[1.0])
print({True: 1, 1: 2, 1.0: 3}, {0: "z", False: "f", 0.0: "d"})
print(d.get("a"), d.get("zz"), d.get("zz", "default"), "a" in d, "zz" not in d)
print(d.setdefault("a", 0), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("new"), d.pop("missing", "fallback"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d2 = {"x": 1, "y": 2, "z": 3}
print(d2.popitem(), d2.popitem(), d2)
d2.update({"p": 5}, q=6)
d2.update([("r", 7)])
print(d2)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([("x", 1)]), dict(zip("ab", "xy")))
e = {"a": 1, "b": 2}
f = {"b": 3, "c": 4}
print(e | f, f | e)
e |= f
print(e)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
c = e.copy()
c["a"] = 99
print(e["a"], c["a"])
e.clear()
print(e, len(e), bool(e))
try:
    {}["missing"]
except KeyError as ex:
    print("KeyError:", ex)
nested = {"outer": {"inner": [1, 2]}}
print(nested["outer"]["inner"][1])
print({(1, 2): "tuple key", None: "none key", 3.5: "float key", frozenset([1]): "fs"})
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
