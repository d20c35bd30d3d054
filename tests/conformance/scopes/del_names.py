# del on names, list items, dict keys, attributes, slices; NameError after del.
a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)
x, y, z = 1, 2, 3
del x, y
print(z, "x" in globals(), "y" in globals())
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
def local_del():
    v = "value"
    del v
    v = "reassigned"
    return v
print(local_del())
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
for i in range(2):
    pass
del i
print("i" in globals())
