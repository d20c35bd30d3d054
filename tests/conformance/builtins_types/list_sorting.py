# Sorting: stability, key functions, reverse, sorted vs sort, mixed types error.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
by_age_stable = sorted(by_name, key=lambda p: p[1])
print(by_age_stable)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
nums = [5, -3, 2, -8, 0, 7]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(nums.sort() is None)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5), reverse=True))
print(sorted([1, 2.5, True, 0, -1.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
print([r["n"] for r in sorted(records, key=lambda r: r["v"], reverse=True)])
stable_rev = sorted([(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda t: t[0], reverse=True)
print(stable_rev)
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]), sorted([(1, "b"), (1, "a")]))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(big, reverse=True)[::-1])
print(sorted([0.1, -0.0, 0.0, -1e-9]), sorted(["é", "e", "f", "E"]))
