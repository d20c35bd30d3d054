# Differences between list comprehensions and generator expressions in evaluation timing.
events = []
def src():
    for i in range(3):
        events.append(f"yield {i}")
        yield i
lc = [x for x in src()]
events.append("after list comp")
print(events)
events.clear()
ge = (x for x in src())
events.append("after genexpr creation")
for v in ge:
    events.append(f"consume {v}")
print(events)
events.clear()
def first_iterable():
    events.append("first iterable evaluated")
    return [1, 2]
g = (x for x in first_iterable())
events.append("before iteration")
list(g)
print(events)
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
n = 3
g = ([x, y] for x in range(n) for y in range(n))
n = 1
print(list(g))
