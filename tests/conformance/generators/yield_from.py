# yield from: delegation, return values, nested delegation, delegation to iterables.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"
g = outer()
print(list(g))
def driver():
    r = yield from outer()
    yield f"outer returned {r}"
print(list(driver()))
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from "ab"
    yield from [1, 2]
    yield from range(3, 5)
    yield from {"k": 1}
    yield from (x * 10 for x in range(2))
print(list(from_iterables()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "45")))
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return received
        received.append(v)
def delegate():
    result = yield from echo()
    yield ("collected", result)
d = delegate()
print(next(d), d.send("a"), d.send("b"), d.send(None))
def gen_return_only():
    return 5
    yield
def use():
    v = yield from gen_return_only()
    yield v
print(list(use()))
