# len, max/min with key and default, sum with start, sorted with key/reverse.
print(len("abc"), len([1, 2]), len({}), len(range(0, 100, 7)), len(b"xyz"), len({1, 2}), len(()))
print(max(3, 1, 2), max([3, 1, 2]), max("hello"), max([1, 2], [1, 3]), max((1, "b"), (1, "a")))
print(min(3, 1, 2), min([]) if False else min([], default="empty"), max([], default=None), min([5], default=0))
words = ["kiwi", "banana", "fig", "cherry", "date"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=str.upper))
print(max([2, 3, 1, 3], key=lambda x: x), max([(1, "first"), (1, "second")], key=lambda t: t[0]))
print(min(1, 1.0), min(1.0, 1), max(0, False), max(False, 0))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), sum((), 5), sum(range(101), start=-5050))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2.5]), sum([True, True]), sum([1j, 1]), sum([10 ** 20, 1]))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("bca"), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted({3: "c", 1: "a"}.items()), sorted([[2], [1, 5], [1]]), sorted(set([5, 3, 9])))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
