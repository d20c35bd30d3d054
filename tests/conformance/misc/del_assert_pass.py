# del/assert/pass interplay in realistic code.
cache = {"a": 1, "b": 2, "stale": 0}
for key in [k for k in cache if cache[k] == 0]:
    del cache[key]
print(cache)
assert "stale" not in cache, "stale entry survived"
def not_yet_implemented():
    pass
assert not_yet_implemented() is None
items = list(range(10))
del items[::3]
print(items)
assert len(items) == 6
class Empty:
    pass
e = Empty()
e.tmp = 1
del e.tmp
assert not hasattr(e, "tmp")
try:
    assert isinstance(e, int), f"expected int, got {type(e).__name__}"
except AssertionError as err:
    print("AssertionError:", err)
print("done")
