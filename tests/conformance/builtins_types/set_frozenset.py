# set and frozenset operations (printing only small-int sets or sorted output).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference(range(3)))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3)
s.update([5, 2], (7,))
print(s, len(s))
s.discard(100)
s.remove(5)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s)
popped = sorted([s.pop() for _ in range(len(s))])
print(popped, s)
c = {1, 2, 3}
c |= {4}; c &= {2, 3, 4}; c -= {3}; c ^= {9, 2}
print(sorted(c))
c.intersection_update({4, 9, 10}); print(sorted(c))
c.difference_update({9}); print(c)
c.symmetric_difference_update({1, 4}); print(c)
fs = frozenset([3, 1, 2])
print(fs, sorted(fs | {9}), type(fs | {9}).__name__, type({9} | fs).__name__, hash(fs) == hash(frozenset([1, 2, 3])))
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print({fs: "frozen as key"}[frozenset({1, 2, 3})])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
print({1, 1.0, True}, {0, False, 0.0}, len({1, 1.0, True}))
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words, sorted(w.upper() for w in words))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")))
print(set() == frozenset(), {1, 2} == frozenset({1, 2}), set(), frozenset())
print(sorted({x % 5 for x in range(100)}), {n for n in range(5)})
e = {1, 2}
f = e.copy()
f.add(3)
print(e, f)
