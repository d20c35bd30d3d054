# __getitem__/__setitem__/__delitem__/__contains__/__len__/__missing__/__reversed__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"grid indices must be (x, y), not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "#"
print(g.render())
print(len(g), "@" in g, "?" in g, g[2, 2])
del g[0, 0]
print(len(g), g[0, 0])
for bad in [(9, 9), 5, (1,)]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)
class Sliceable:
    def __getitem__(self, item):
        return repr(item)
s = Sliceable()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s["k"], s[:, None])
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Defaults(a=1)
print(d["a"], d["zzz"], "zzz" in d, d.get("zzz"))
class Rev:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __reversed__(self):
        print("custom __reversed__")
        return iter(self.data[::-1] + ["extra"])
print(list(reversed(Rev([1, 2, 3]))))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(SeqOnly())))
