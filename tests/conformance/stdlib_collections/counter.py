from collections import Counter

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total())
c.update("zzz")
c.subtract({"a": 10})
print(sorted(c.items()), +c, -c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5))
print(Counter(a=1) | Counter(a=2), Counter(a=1, b=2) & Counter(a=3))
print(list(Counter("aab").elements()), Counter())
words = "the cat and the dog and the bird".split()
print(Counter(words).most_common())
x = Counter(a=1); x += Counter(a=2, b=-1); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
del x["missing"]; print(x)
try:
    Counter.fromkeys("ab")
except NotImplementedError as ex:
    print("NotImplementedError:", ex)
print(isinstance(c, dict), len(Counter([1, 1, 2])))
