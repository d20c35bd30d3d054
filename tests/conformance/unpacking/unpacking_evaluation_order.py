# Assignment targets are assigned left to right after the RHS is fully evaluated.
log = []
class Rec:
    def __setattr__(self, name, value):
        log.append(f"set {name}={value}")
        object.__setattr__(self, name, value)
r = Rec()
r.a, r.b, r.c = 1, 2, 3
print(log)
log.clear()
r.x, (r.y, r.z) = "X", ("Y", "Z")
print(log)
lst = [0, 1, 2]
i = 0
i, lst[i] = 2, "changed"
print(i, lst)
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a)
x = [0, 1]
x[0], x[1] = x[1], x[0]
print(x)
class Chain:
    pass
c = Chain()
c.v = c.w = "same"
print(c.v, c.w)
log.clear()
r.p = r.q = "multi"
print(log)
