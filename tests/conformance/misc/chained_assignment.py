# Chained assignment binds the same object to all targets, left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
y += 1
print(x, y)
d = {}
d["k"] = d["j"] = "shared"
print(d)
class Obj:
    pass
o = Obj()
o.p = o.q = [0]
o.p.append(1)
print(o.q)
lst = [0, 0, 0]
i = lst[2] = 2
print(i, lst)
first, second = pair = (1, 2)
print(first, second, pair)
log = []
class Recorder(dict):
    def __setitem__(self, k, v):
        log.append(k)
        super().__setitem__(k, v)
r = Recorder()
r["a"] = r["b"] = r["c"] = 0
print(log)
