# hash of ints and tuples of ints; id only compared, never printed.
print(hash(0), hash(1), hash(-1), hash(100), hash(2 ** 62), hash(-(2 ** 62)))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) == hash((2, 1)))
print(hash(True), hash(False), hash(1) == hash(1.0))
class Custom:
    def __hash__(self):
        return 42
class HugeHash:
    def __hash__(self):
        return 2 ** 100
print(hash(Custom()), hash(HugeHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
x = object()
print(id(x) == id(x), isinstance(id(x), int))
ids = {id(o) for o in (a, c, x)}
print(len(ids))
