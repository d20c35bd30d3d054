# __iter__/__next__ iterators, iterable vs iterator, StopIteration, old __getitem__ protocol.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), sum(c), max(c))
for a, b in zip(c, "xyz"):
    print(a, b)
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), list(enumerate(Squares()))[:2])
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
out = []
for v in Fib():
    if v > 100:
        break
    out.append(v)
print(out)
it = iter([1, 2])
print(iter(it) is it, list(it), list(it))
a, b, c2 = Countdown(3)
print(a, b, c2)
print(*Countdown(4))
