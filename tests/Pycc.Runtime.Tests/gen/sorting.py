"""Data/sorting.txt: list.sort / sorted on random data (stability via key=abs, reverse, galloping merges)
and mixed-type lists whose TypeError message reveals which comparison came first."""
import random

from harness import Writer

w = Writer('sorting.txt')
rnd = random.Random(5)
for n in [0, 1, 2, 3, 5, 10, 31, 32, 33, 64, 65, 100, 257, 600]:
    for kind in range(4):
        if kind == 0:
            data = [rnd.randint(-50, 50) for _ in range(n)]
        elif kind == 1:
            data = sorted(rnd.randint(-1000, 1000) for _ in range(n))
            for _ in range(n // 10):
                i = rnd.randrange(n)
                data[i] = -data[i]
        elif kind == 2:
            data = list(range(n, 0, -1)) + [rnd.randint(0, 9) for _ in range(n // 3)]
        else:
            # runs of ascending data, to exercise galloping
            data = []
            while len(data) < n:
                start = rnd.randint(-500, 500)
                data += list(range(start, start + rnd.randint(1, 40)))
            data = data[:n]
        w.method(data, 'sort', key=abs)
        w.method(data, 'sort', key=abs, reverse=True)
        w.method([float(x) / 4 for x in data], 'sort')
        w.call('sorted', [(abs(x), i) for i, x in enumerate(data)], reverse=True)
for n in [2, 3, 10, 40, 70, 200]:
    for pos in [0, 1, n // 2, n - 1]:
        data = [rnd.randint(0, 100) for _ in range(n)]
        data[pos] = 'x'
        w.method(data, 'sort')
        w.call('sorted', data, reverse=True)
        w.call('sorted', data, key=abs)
w.method([1, 2, 3], 'sort', reverse='yes')
w.method([1, 2, 3], 'sort', reverse=None)
w.method([[2], [1, 'a'], [1, 2]], 'sort')
w.save()
