# Argument passing is by object reference: mutation visible, rebinding not.
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["rebound"]
    return lst
data = ["orig"]
mutate(data)
print(data)
print(rebind(data), data)
def change_dict(d):
    d["new"] = 1
    d = {}
    d["lost"] = 2
cfg = {}
change_dict(cfg)
print(cfg)
def inc(n):
    n += 1
    return n
x = 5
print(inc(x), x)
def extend_tuple(t):
    t += (4,)
    return t
tt = (1, 2, 3)
print(extend_tuple(tt), tt)
def extend_list(l):
    l += [4]
    return l
ll = [1, 2, 3]
print(extend_list(ll), ll)
def swap(a, b):
    return b, a
p, q = swap(1, 2)
print(p, q)
