# Generator expressions passed straight to sum/any/all/min/max/list/tuple/set (compiled as fused loops),
# a shadowed built-in, PEP 479 inside them, and an error inside the element expression.
def f(xs):
    print(sum(x * x for x in xs), any(x > 3 for x in xs), all(x > 0 for x in xs))
    print(min(x for x in xs if x > 1), max(-x for x in xs), list(x for x in xs), tuple(x+1 for x in xs), set(x % 2 for x in xs))
    k = 10
    print(sum(x * k for x in xs for y in range(2)))
    try:
        max(x for x in [])
    except ValueError as e:
        print(e)
    try:
        sum(next(iter([])) for x in xs)
    except RuntimeError as e:
        print("RT", e, type(e.__cause__).__name__)
    print(sum(x for x in [0.1] * 10), sum(x for x in "ab" if False))
f([1, 2, 3, 4])
print("-".join(str(x) for x in range(5)), b",".join(bytes([x]) for x in b"ab"), "".join(c * 2 for c in "xyz" if c != "y"))
class Sep:
    def join(self, items):
        return "Sep.join " + repr(list(items))
print(Sep().join(x for x in "ab"))
try:
    ",".join(x for x in [1])
except TypeError as e:
    print(e)
sum = lambda g: "shadowed " + str(list(g))
print(sum(x for x in (1, 2)))
def g():
    print(all(1 / x for x in [1, 0]))
g()
