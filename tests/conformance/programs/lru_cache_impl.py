# An LRU cache implemented with a dict and a doubly linked list, plus a memoizing decorator.
class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity, verbose=True):
        self.verbose = verbose
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) == self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions = getattr(self, "evictions", 0) + 1
                if self.verbose:
                    print(f"  evict {lru.key!r}")
            node = _Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map


c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys())
print(c.get("a"), c.keys())
c.put("d", "D")
print(c.keys(), "b" in c, len(c))
c.put("c", "C2")
print(c.keys(), c.get("c"), c.get("zz", "miss"))
print("hits", c.hits, "misses", c.misses)


def lru_cached(capacity):
    def deco(fn):
        cache = LRUCache(capacity, verbose=False)
        def wrapper(*args):
            sentinel = object()
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco


@lru_cached(100)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), paths.cache.hits, len(paths.cache), paths.cache.evictions)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
