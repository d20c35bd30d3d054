from collections import deque

d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, len(d), d[0], d[-1], d.maxlen)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.pop(), d.popleft(), list(d), 3 in d, d.count(3), d.index(3))
e = deque(range(20))
for i in range(15):
    e.popleft()
    e.append(i * 10)
print(e, list(reversed(e))[:3])
e.extendleft("ab"); print(e[0], e[1])
e.clear(); print(e, bool(e))
f = deque("abc"); f.insert(1, "X"); f.remove("c"); print(f)
f.reverse(); print(f, f * 2, f + deque("z"))
g = deque([], maxlen=0); g.append(1); print(g)
big = deque()
for i in range(1000):
    big.appendleft(i)
print(sum(big), big[500], big[-1])
del big[0]; print(len(big), big[0])
big[0] = "x"; print(big[0])
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) == [1, 2])
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).index(9), lambda: deque([1]).remove(9), lambda: deque([], -1),
            lambda: deque("ab") + [1]):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print("RuntimeError:", ex)
