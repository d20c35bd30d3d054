# array: construction, sequence operations, bytes round trips, range checks per typecode.
from array import array, typecodes

a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, len(a), a[0], a[-1], a[1:3], a.itemsize, a.typecode, 3 in a, a.index(3), a.count(2))
print(a.pop(), a.pop(0), a, a.tolist())
a.remove(3)
a.reverse()
print(a, a + array("i", [9]), a * 2, list(a), sum(a), sorted(a))
a[0] = 42
a[1:3] = array("i", [7, 8, 9])
del a[-1]
print(a, a == array("i", [42, 7, 8, 9]), a < array("i", [43]), array("b") == array("b"))
print(array("d", [1.5, 2]), array("f", [0.1])[0], array("u", "hi"), array("u", "hi").tounicode(), array("B", b"\x01\x02"))
b = array("h", [1, -2, 300])
data = b.tobytes()
print(data, array("h", data), len(data))
c = array("h")
c.frombytes(data)
c.byteswap()
print(c, array("q", [-1, 2**62]).tobytes()[:8], array("Q", [2**64 - 1]), array("L", [5]).itemsize)
c.fromlist([7, 8])
print(c, repr(array("l")), typecodes)
for tc, v in [("b", 200), ("b", -129), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1), ("I", 2**32),
              ("l", 2**63), ("L", -1), ("q", 2**64), ("Q", -1), ("i", 1.5), ("d", "x"), ("u", 5), ("i", "s")]:
    try:
        print(tc, array(tc, [v]))
    except (OverflowError, TypeError) as e:
        print(tc, type(e).__name__ + ":", e)
for f in [lambda: array("z"), lambda: array("i", "abc"), lambda: a.remove(100), lambda: a.index(100), lambda: array("i").pop(),
          lambda: a[100], lambda: array("h", b"\x01"), lambda: a + [1], lambda: array("i") + array("d")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
