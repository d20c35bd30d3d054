# Starred assignment targets in all positions.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)
*everything, = range(3)
print(everything)
head, *tail = (9,)
print(head, tail, type(tail).__name__)
x, y, *others = {"k1": 1, "k2": 2, "k3": 3}
print(x, y, others)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)
(a, b), *c = [(1, 2), (3, 4), (5, 6)]
print(a, b, c)
a, *b, c, d = range(10)
print(a, b, c, d)
*_, penultimate, _ = [10, 20, 30, 40]
print(penultimate)
def split_name(full):
    first, *middle, last = full.split()
    return first, " ".join(middle) or None, last
print(split_name("Ada Lovelace"), split_name("John Ronald Reuel Tolkien"))
