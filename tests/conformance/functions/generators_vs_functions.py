# A function containing yield is a generator function even if the yield is unreachable.
def maybe_gen(flag):
    if flag:
        yield "yielded"
    return "returned"
g = maybe_gen(False)
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(maybe_gen(True)))
def never():
    return 1
    yield
print(type(never()).__name__, list(never()))
def normal():
    return [1, 2]
print(type(normal()).__name__)
