# Generators as __iter__ implementations and methods on classes.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b"), Tree("c", [Tree("c1")])])
print(list(t))
for depth, v in t.depth_first():
    print("  " * depth + v)
print(list(t.leaves()), "a2" in t, len(list(t)))
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def __len__(self):
        return self.w * self.h
r = Range2D(3, 2)
print(list(r), len(r))
print(list(zip(r, "abcdef")))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
    def __reversed__(self):
        yield from range(1, self.n + 1)
print(list(Countdown(4)), list(reversed(Countdown(4))))
