# Star unpacking in displays and calls.
a = [1, 2, 3]
b = (4, 5)
s = "xy"
print([*a, *b], (*a, *b), {*a, *b})
print([0, *a, 10, *b, 20])
print([*s, *range(3), *{7: "x"}])
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 99})
def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
show(*a)
show(*a, *b, 9)
show(**d1)
show(*a, **d1, x=1)
show(0, *[], **{})
show(*"abc", sep="-")
show(*(i * i for i in range(4)))
first, *rest = [*a, *b]
print(first, rest)
print(*a)
print(*a, sep=", ")
print(*[], "only")
t = *a, *b
print(t)
print(max(*a, *b), min(*b))
print([*[*[*a]]])
def kw_only(*, x, y):
    return x - y
print(kw_only(**{"y": 1, "x": 10}))
print(dict(**d1, extra=True))
