# list methods: append/extend/insert/remove/pop/index/count/reverse/copy/clear, slicing ops.
lst = [3, 1, 4, 1, 5]
lst.append(9)
lst.extend([2, 6])
lst.extend("ab")
print(lst)
lst.insert(0, "start")
lst.insert(100, "end")
lst.insert(-1, "before end")
lst.insert(-100, "very start")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.count(1), lst.index(5, 2), lst.count("z"))
try:
    lst.index(1, 0, 2)
except ValueError as e:
    print("ValueError:", e)
lst = [1, 2, 3]
c = lst.copy()
c.append(4)
print(lst, c, lst is not c)
lst.reverse()
print(lst)
lst.clear()
print(lst, len(lst))
try:
    lst.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [].remove(0)
except ValueError as e:
    print("ValueError:", e)
nums = [1, 2, 3]
nums += (4, 5)
nums += "6"
print(nums)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 9
print(nested)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 0], [3] > [2, 9], [] == [], [1, [2]] == [1, [2]])
print(list(), list("ab"), list(range(3)), list({"k": 1}), list((1,)))
print(sum([[1], [2, 3]], []), [0] * 3, [1, 2] * 2, 3 * [None])
print(len([1, [2, 3]]), min([4, 2, 8]), max(["b", "ab"]), sorted([3, 1, 2]))
a = [1, 2, 3, 4, 5]
a[1:4] = [9]
print(a)
a[:0] = [-1, 0]
print(a)
del a[-2:]
print(a)
lst = [1]
lst.append(lst)
print(lst, len(lst))
d = {"k": [1]}
d["k"].append(d["k"])
print(d)
