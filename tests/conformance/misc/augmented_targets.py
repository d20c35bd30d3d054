# Augmented assignment evaluates the target's container/index once.
calls = []
class Tracker:
    def __init__(self):
        self.data = {"x": 1}
    def __getitem__(self, k):
        calls.append(f"get {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        calls.append(f"set {k}={v}")
        self.data[k] = v
def key():
    calls.append("key()")
    return "x"
def obj():
    calls.append("obj()")
    return t
t = Tracker()
obj()[key()] += 10
print(calls, t.data)
class Attr:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __getattribute__(self, n):
        calls.append(f"getattr {n}")
        return object.__getattribute__(self, n)
    def __setattr__(self, n, val):
        calls.append(f"setattr {n}={val}")
        object.__setattr__(self, n, val)
calls.clear()
a = Attr()
a.v *= 5
print(calls)
nums = [1, 2, 3]
idx = 0
nums[idx] += nums[idx + 1] * 10
print(nums)
s = "x"
s *= 3
s += "y"
print(s)
m = [[1, 2], [3, 4]]
for row in m:
    row[0] -= 1
print(m)
val = 7
val //= 2
val **= 2
val %= 5
print(val)
f = 1.5
f += 1
f *= 2
f /= 5
print(f)
