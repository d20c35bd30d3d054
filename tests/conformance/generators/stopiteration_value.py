# StopIteration.value and return in generators; StopIteration inside generators.
def g(r):
    yield "only"
    return r
it = g({"result": [1, 2]})
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
it = g(None)
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def manual_iter():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "manual done"
        yield v
print(list(manual_iter()))
def leaks_stop():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaks_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)
def tuple_return():
    return (1, 2)
    yield
try:
    next(tuple_return())
except StopIteration as e:
    print(e.value, e.args)
class ItWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("class value")
def deleg():
    r = yield from ItWithValue()
    yield r
print(list(deleg()))
