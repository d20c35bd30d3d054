# dict edge cases: re-insertion order, numeric key unification, nan keys, nested updates.
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["b"] = 4
print(list(d))
d["a"] = 0
print(list(d), d)
nums = {}
nums[2] = "int"
nums[2.0] = "float updates value, keeps key"
print(nums, type(list(nums)[0]).__name__)
nan = float("nan")
n = {nan: 1}
n[nan] = 2
print(len(n), n[nan])
n[float("nan")] = 3
print(len(n))
print({-0.0: "neg zero"}[0], {0: "zero"}[-0.0])
print({1.5: "x"}.get(3 / 2), {10 ** 20: "big"}.get(float(10 ** 20)))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()}
print(inv)
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))
deep = {"a": {"b": {"c": 1}}}
deep["a"]["b"]["d"] = 2
print(deep, deep["a"]["b"].keys())
print(len({str(i): i for i in range(1000)}), list({i: 0 for i in range(5, 0, -1)}))
big = {}
for i in range(100):
    big[i] = i
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:5], len(big))
big[0] = "new"
print(list(big)[-1], list(big)[:2])
