# Bound and unbound methods as first-class values.
s = "Hello"
up = s.upper
print(up(), up.__name__, up.__self__)
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self, by=1):
        self.n += by
        return self.n
c = Counter()
t = c.tick
t(); t(5)
print(c.n, t.__self__ is c, t.__func__ is Counter.tick)
print(Counter.tick(c, 10))
methods = [c.tick, Counter().tick]
print([m() for m in methods])
append = [].append
append(1)
print(append.__self__)
d = {"a": 1}
get = d.get
print(get("a"), get("b", "default"))
print(list(map(str.strip, [" a ", "b  "])), list(map("-".join, ["ab", "cd"])))
print(c.tick == c.tick)
