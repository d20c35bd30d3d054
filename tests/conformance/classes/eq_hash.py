# __eq__ and __hash__ interplay: dict/set membership, unhashable when __eq__ only.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, Point(3, 3) in s)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p), p in {p})
class Inherit(Point):
    pass
print(hash(Inherit(1, 2)) == hash(Point(1, 2)))
class InheritEq(Point):
    def __eq__(self, o):
        return False
try:
    hash(InheritEq(1, 1))
except TypeError as e:
    print("TypeError:", e)
class Counted:
    calls = 0
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        Counted.calls += 1
        return self.k
    def __eq__(self, o):
        return self.k == o.k
table = {}
for k in [1, 2, 1, 3, 2]:
    table[Counted(k)] = k
print(len(table), Counted.calls)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
print(hash(-1), hash(-2), hash(0), hash(2**61 - 1), hash(2**61))
