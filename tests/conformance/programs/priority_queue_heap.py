# A binary min-heap priority queue implemented from scratch, used for task scheduling and Dijkstra.
class Heap:
    def __init__(self, key=lambda x: x):
        self.items = []
        self.key = key

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.key(self.items[i]) < self.key(self.items[parent]):
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i, n = 0, len(self.items)
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < n and self.key(self.items[l]) < self.key(self.items[smallest]):
                    smallest = l
                if r < n and self.key(self.items[r]) < self.key(self.items[smallest]):
                    smallest = r
                if smallest == i:
                    break
                self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.items)


h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
tasks = Heap(key=lambda t: (t[0], t[1]))
for i, (prio, name) in enumerate([(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]):
    tasks.push((prio, i, name))
while tasks:
    prio, _, name = tasks.pop()
    print(prio, name)
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(start):
    dist = {start: 0}
    prev = {}
    pq = Heap(key=lambda t: t[0])
    pq.push((0, start))
    while len(pq):
        d, node = pq.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                pq.push((nd, nxt))
    return dist, prev
dist, prev = dijkstra("A")
print(dict(sorted(dist.items())))
path, node = [], "F"
while node != "A":
    path.append(node)
    node = prev[node]
print(" -> ".join(["A"] + path[::-1]))
try:
    Heap().pop()
except IndexError as e:
    print("IndexError:", e)
