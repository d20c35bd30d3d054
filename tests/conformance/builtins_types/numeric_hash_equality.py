# Numbers that compare equal hash equally across int/float/complex/bool.
pairs = [(1, 1.0), (1, True), (0, False), (0, -0.0), (2, 2 + 0j), (10 ** 20, float(10 ** 20)), (0.5, 1 / 2)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(0.0), hash(1.0), hash(-1.0))
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(0.5), hash(1.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
print(hash(()), hash((1,)) == hash((1.0,)), hash((1, 2)) == hash((True, 2.0)))
print(hash(complex(3, 0)) == hash(3), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
d = {0: "a"}
d[False] = "b"
d[0.0] = "c"
d[0j] = "d"
print(d)
