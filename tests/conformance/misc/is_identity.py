# is / is not on None, True/False, and identity of mutable objects.
x = None
print(x is None, x is not None, None is None)
flag = 1 > 0
print(flag is True, (1 < 0) is False, bool(1) is True, not flag is False)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
def f():
    return None
print(f() is None, print is print, len is len)
t = ()
u = tuple()
print(t == u, len(t) == 0)
e1 = ...
print(e1 is Ellipsis, NotImplemented is NotImplemented)
class Sentinel:
    pass
MISSING = Sentinel()
def get(d, k, default=MISSING):
    v = d.get(k, MISSING)
    if v is MISSING:
        return "missing" if default is MISSING else default
    return v
print(get({"a": 1}, "a"), get({}, "a"), get({}, "a", None))
print(type(None) is type(None), type(1) is int, type(True) is bool, type(True) is not int)
s1 = "hello"
s2 = s1
print(s1 is s2)
o = object()
lst = [o]
print(lst[0] is o, o in lst, any(item is o for item in lst))
