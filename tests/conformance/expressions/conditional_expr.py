# Conditional (ternary) expressions.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 5
print("a" if x else "b", "a" if not x else "b")
print((1 if True else 2) + 10)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
def lazy(v):
    print("eval", v)
    return v
print(lazy(1) if lazy(True) else lazy(2))
print(lazy(1) if lazy(False) else lazy(2))
f = (lambda: "L1") if x > 3 else (lambda: "L2")
print(f())
print(len("abc") if isinstance("abc", str) else -1)
y = None
print(y.bit_length() if y is not None else "none")
