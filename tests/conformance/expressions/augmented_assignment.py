# Augmented assignment on names, attributes, subscripts; in-place vs rebinding.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1000; print(x)
x &= 0b1110; print(x)
x ^= 0b0101; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
class Box:
    def __init__(self):
        self.count = 0
        self.items = []
box = Box()
box.count += 1
box.count += 10
box.items += ["x"]
print(box.count, box.items)
d = {"k": 1}
d["k"] += 41
d.setdefault("n", []).append(1)
d["n"] += [2]
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 7
m[0][1] -= 2
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
st = {1, 2}
st |= {3}; st &= {2, 3}; st -= {2}; st ^= {9}
print(sorted(st))
