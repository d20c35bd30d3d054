# for loops over various iterables with else, break, continue, and loop variable leakage.
for i in range(3):
    print("range", i)
for ch in "hey":
    print("char", ch)
for k, v in {"a": 1, "b": 2}.items():
    print("item", k, v)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for n in [2, 4, 6]:
    if n % 2:
        break
else:
    print("all even (else ran)")
for n in [2, 3, 6]:
    if n % 2:
        print("found odd", n)
        break
else:
    print("never")
for n in []:
    print("never")
else:
    print("else on empty iterable")
print("loop variable after loop:", n)
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end="; ")
print()
found = None
for row_index, row in enumerate([[1, 2], [3, 4], [5, 6]]):
    for col_index, val in enumerate(row):
        if val == 4:
            found = (row_index, col_index)
            break
    else:
        continue
    break
print("found at", found)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
for i in range(5, 0, -2):
    print("down", i)
for _ in range(2):
    pass
print(_)
total = 0
for x in range(1, 101):
    total += x
print(total)
d = {"x": 1}
for d["key"] in range(3):
    pass
print(d)
class Obj:
    pass
o = Obj()
for o.attr in "ab":
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
