# in / not in / is / is not.
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "bc" in "abc", "" in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(1.0 in [1], True in [1], 2 in (1.0, 2.0))
print(10**20 in range(10**21), -1 in range(10))
print(b"b" in b"abc", 98 in b"abc", [1] in [[1], [2]])
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(10 in Seq(), 15 in Seq())
class Contain:
    def __contains__(self, item):
        print("checking", item)
        return item == "yes"
c = Contain()
print("yes" in c, "no" in c, "no" not in c)
a = [1, 2]
b = a
c2 = list(a)
print(a is b, a is c2, a == c2, a is not c2)
print(None is None, type(None) is type(None), True is True)
def f():
    pass
print(f() is None, f is f)
