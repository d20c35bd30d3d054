# Comprehension scopes: iteration variables are private, the first iterable is evaluated outside.
x = 10
lst = [x for x in range(3)]
print(lst, x)
def f():
    y = 5
    return [y * i for i in range(3)], {i: y for i in range(2)}, {y + i for i in range(2)}
print(f())
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        nested = [[b for _ in range(1)] for b in base]
        ok = True
    except NameError:
        ok = False
print(C.doubled, C.nested, C.ok)
def g():
    data = [1, 2, 3]
    return [[d * k for k in range(2)] for d in data]
print(g())
i = "outer i"
gen = (i for i in range(3))
print(list(gen), i)
def shadow():
    n = "function n"
    result = [n for n in "abc"]
    return result, n
print(shadow())
print([(lambda: k)() for k in range(3)])
print([f() for f in [(lambda: k) for k in range(3)]])
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row if v != row[0]])
