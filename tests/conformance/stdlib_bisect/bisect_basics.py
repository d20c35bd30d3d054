import bisect

a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 100))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2), bisect.bisect_left(a, 4, hi=2))
bisect.insort(a, 5); bisect.insort_left(a, 4); bisect.insort_right(a, 0); print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1]); print(recs)
for bad in (lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.bisect([1, 2], "a")):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
