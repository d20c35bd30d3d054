# Chained comparisons evaluate each operand at most once and short-circuit.
def val(label, v):
    print("eval", label)
    return v

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(val("a", 1) < val("b", 2) < val("c", 3))
print(val("a", 5) < val("b", 2) < val("c", 3))
print(val("a", 1) < val("b", 2) > val("c", 3))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) in [range(10)])
print(1 < 2 < 3 < 4 < 5 < 6, 1 < 2 < 3 < 2 < 5)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(None is None is not False)
print(1 < 2.5 < 3, 1.0 == 1 == True)
lst = [1, 2]
print(1 in lst in [lst], 3 not in lst not in [])
class Noisy:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v
a, b, c = Noisy(1), Noisy(2), Noisy(0)
print(a < b < c)
print(c < a < b)
r = a < b
print(r)
