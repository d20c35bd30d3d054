# iter() over iterables and with a sentinel callable; next() with default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
data = [5, 4, 0, 3, 2]
pos = -1
def read():
    global pos
    pos += 1
    return data[pos]
print(list(iter(read, 0)))
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 5)))
lines = iter(["first", "second", "", "after blank"])
print(list(iter(lambda: next(lines), "")))
print(next(lines))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(iter("") is not None, iter(iter([])) is not None)
d = {"a": 1, "b": 2}
di = iter(d.items())
print(next(di), next(di), next(di, "end"))
s = iter("xy")
print(next(s), list(s), next(s, "exhausted"))
