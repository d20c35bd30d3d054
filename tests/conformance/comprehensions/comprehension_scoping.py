# Comprehension scoping: loop variables don't leak, class scope rules, outer lookups.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def func():
    z = 5
    return [z * i for i in range(3)]
print(func())
class Klass:
    factor = 3
    data = [1, 2, 3]
    scaled = [d * 2 for d in data]
    try:
        bad = [d * factor for d in data]
    except NameError as e:
        err = str(e)
print(Klass.scaled, Klass.err)
class K2:
    vals = [1, 2]
    pairs = [(a, b) for a in vals for b in range(2)]
print(K2.pairs)
i = "unchanged"
gen = (i for i in range(2))
list(gen)
print(i)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
def nested_scope():
    base = 100
    return [[base + r * 10 + c for c in range(2)] for r in range(2)]
print(nested_scope())
print([[j for j in range(i)] for i in range(4)])
total = 0
print([total + v for v in range(3)], total)
