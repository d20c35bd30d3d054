# Generator basics: lazy execution, next(), exhaustion, for-loops.
def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
for v in gen():
    print("got", v)
print(list(gen()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(3)))
c = countdown(3)
print(iter(c) is c, type(c).__name__)
print(next(c), list(c), list(c))
def yield_expr_value():
    x = yield
    print("received", x)
g = yield_expr_value()
print(next(g))
try:
    next(g)
except StopIteration:
    print("done; received was None")
