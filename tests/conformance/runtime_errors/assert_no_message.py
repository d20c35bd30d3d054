# Failed assert without a message: last stderr line is just AssertionError.
items = [3, 1, 2]
items.sort()
assert items == [1, 2, 3]
print("sorted ok")
assert len(items) == 4
print("not reached")
