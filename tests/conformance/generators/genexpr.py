# Generator expressions: laziness, single use, scoping of the first iterable.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(10) if x % 3 == 0))
print(tuple(c.upper() for c in "abc"), set(x % 3 for x in range(10)))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
def noisy(n):
    print(f"producing {n}")
    return n
g = (noisy(x) for x in range(3))
print("genexpr created")
print(next(g))
data = [1, 2, 3]
g2 = (x * 2 for x in data)
data = [100]
print(list(g2))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, -1]))
print(" ".join(str(i) for i in range(5)))
print(sorted((x for x in "hello"), reverse=True))
print(list(zip((i for i in range(3)), (c for c in "xyz"))))
it = (x for x in [1, 2, 3])
print(2 in it, list(it))
