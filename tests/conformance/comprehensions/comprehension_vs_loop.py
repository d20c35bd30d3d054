# Comprehensions produce the same results as explicit loops; side effects run in order.
log = []
def f(x):
    log.append(f"f({x})")
    return x * 10
def keep(x):
    log.append(f"keep({x})")
    return x != 2
r1 = [f(x) for x in range(4) if keep(x)]
print(r1)
print(log)
log.clear()
r2 = []
for x in range(4):
    if keep(x):
        r2.append(f(x))
print(r2 == r1, log)
log.clear()
d = {f(k): f(k + 100) for k in range(2)}
print(d, log)
log.clear()
s = {f(x) for x in [1, 1, 2]}
print(sorted(s), log)
try:
    [1 // x for x in [3, 2, 1, 0, 5]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
partial = []
try:
    for x in [3, 2, 1, 0, 5]:
        partial.append(1 // x)
except ZeroDivisionError:
    print("partial list from loop:", partial)
print([x for x in range(5)][::-1], list(reversed([x for x in range(5)])))
