# enumerate (start), zip (uneven, strict=True), unzip.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
for i, (a, b) in enumerate(zip("ab", "cd"), start=10):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip(range(3), "abc", [True] * 3)))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print("ValueError:", e)
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(dict(zip("abc", range(3))), list(zip(*[[1, 2, 3], [4, 5, 6]])))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
def gen():
    for i in range(5):
        print("gen yields", i)
        yield i
print(list(zip(gen(), "ab")))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
