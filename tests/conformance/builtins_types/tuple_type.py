# tuple: immutability, methods, hashing, comparisons, single-element syntax, named access via classes.
t = (1, 2, 3, 2)
print(t, len(t), t.count(2), t.index(3), t[1:], t[::-1], t + (4,), t * 2)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print((1,) == (1,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
inner = [1]
tt = (inner, 2)
inner.append(99)
print(tt)
try:
    tt[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(tt)
x = 1, 2
y = (1, 2),
print(x, y, len(y), ((),), type(()).__name__)
a, b = t[:2]
print(a, b, 2 in t, 5 not in t, max(t), sum(t))
print(repr((1,)), str(("a", 'b"')), repr(((1, 2), (3,))))
print(tuple(x * 2 for x in range(3)), (*range(2), *"ab"))
