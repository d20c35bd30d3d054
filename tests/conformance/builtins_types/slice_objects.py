# slice objects: attributes, indices(), use on sequences and custom __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, 5))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(8), slice(-100, 100).indices(4))
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[slice(None, None, 3)])
cols = slice(2, 5)
rows = ["abcdefg", "hijklmn"]
print([r[cols] for r in rows])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
try:
    data[slice(0, 5, 0)]
except ValueError as e:
    print("ValueError:", e)
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
print(e[1:2], e[:], e[::], e[1:2:3], e[:, 1:], e[..., ::-1])
sl = e[2:8:2]
print(list(range(10))[sl], sl.indices(6))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as err:
    print("TypeError:", err)
print(data[slice(None)], data[slice(-2, None)], data[slice(100)])
