# Tuple/list unpacking in assignments, loops and swaps.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
[e, f] = (5, 6)
print(c, d, e, f)
x, y, z = "xyz"
print(x, y, z)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
p, q = range(2)
print(p, q)
first, second = (i * i for i in (3, 4))
print(first, second)
for key, value in [("a", 1), ("b", 2)]:
    print(key, value)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
pairs = dict(zip("abc", range(3)))
for k, v in pairs.items():
    print(k, v, end=" | ")
print()
t = 1,
print(t, type(t).__name__)
(single,) = [42]
print(single)
[only] = "z"
print(only)
m = n = o = 0
print(m, n, o)
lst = [0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
fib = [0, 1]
for _ in range(8):
    a, b = fib[-2:]
    fib.append(a + b)
print(fib)
