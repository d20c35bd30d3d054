"""Generator pipelines and recursive generators: a chain of filtering and mapping
generators over a counter, generator expressions consumed by sum/max/all, a
binary search tree walked in order with `yield from`, and a generator driven by
send().
"""

PIPELINE_ITEMS = 1400000
TREE_KEYS = 20000
TREE_WALKS = 48


def counter(start, stop):
    n = start
    while n < stop:
        yield n
        n += 1


def only(predicate, items):
    for item in items:
        if predicate(item):
            yield item


def mapped(fn, items):
    for item in items:
        yield fn(item)


def windows(items, size):
    window = []
    for item in items:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def pipeline(n):
    odd = only(lambda x: x % 2 == 1, counter(0, n))
    squares = mapped(lambda x: x * x % 1000, odd)
    total = 0
    for a, b, c in windows(squares, 3):
        total += (a + b * c) % 97
    return total


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def main():
    print("pipeline", pipeline(PIPELINE_ITEMS))
    root = None
    key = 12345
    for _ in range(TREE_KEYS):
        key = (key * 1103515245 + 12345) % 2147483648
        root = insert(root, key % 1000003)
    walked = 0
    for w in range(TREE_WALKS):
        keys = in_order(root)
        walked += sum(k % (w + 7) for k in keys)
    ordered = list(in_order(root))
    print("tree", len(ordered), walked, all(a <= b for a, b in zip(ordered, ordered[1:])))
    averager = running_average()
    next(averager)
    last = None
    for k in ordered[::7]:
        last = averager.send(k)
    print("average", last, "max", max(x for x in ordered if x % 3 == 0))


main()
