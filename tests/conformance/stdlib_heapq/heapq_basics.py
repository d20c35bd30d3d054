import heapq

h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 0, 3, 8, 2]
heapq.heapify(l); print(l)
print(heapq.nlargest(3, l), heapq.nsmallest(3, l), heapq.nlargest(1, [3, 9]), heapq.nsmallest(0, l))
print(heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)), list(heapq.merge()))
print(heapq.heappushpop([1, 5], 3), heapq.heappushpop([4, 5], 3), heapq.heapreplace([1, 5], 3))
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])

data = [(i * 7919) % 101 for i in range(200)]
heap = []
for d in data:
    heapq.heappush(heap, d)
print([heapq.heappop(heap) for _ in range(200)] == sorted(data))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush([1], "a"), lambda: heapq.heapify(None)):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
