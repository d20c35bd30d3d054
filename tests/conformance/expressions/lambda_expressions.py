# Lambdas: defaults, closures, immediately invoked, in data structures.
sq = lambda x: x * x
print(sq(7), (lambda: "noargs")(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for k in "+-*":
    print(k, ops[k](6, 3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print(sq.__name__, (lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
