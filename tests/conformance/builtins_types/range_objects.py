# range: len, indexing, slicing, containment, equality, reversed, big ranges.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], list(r[1:4]), r[::-1], list(r[::-1]), r[::2])
print(5 in r, 6 in r, 20 in r, r.index(11), r.count(11), r.count(12))
print(range(0), list(range(0)), len(range(5, 0)), list(range(5, 0, -1)), list(range(-3, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(10 ** 20)
print(range(0, 10 ** 20, 7)[-1], big[-1], 10 ** 19 in big, big[10 ** 18])
print(range(10)[-3:], range(10)[100:], range(1, 10)[::-3])
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(9)
except ValueError as e:
    print("ValueError:", e)
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
print(repr(range(1, 5, 1)), repr(range(-5, 5, 2)), str(range(3)))
it = iter(range(3))
print(next(it), list(it))
print(3.0 in range(5), "3" in range(5), True in range(2))
