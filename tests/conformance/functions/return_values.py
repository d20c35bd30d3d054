# Return values: multiple via tuple, implicit None, early returns.
def divmod_like(a, b):
    return a // b, a % b
q, r = divmod_like(17, 5)
print(q, r)
def nothing():
    pass
def bare_return():
    return
print(nothing(), bare_return())
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    for p in (2, 3, 5, 7):
        if n % p == 0:
            return f"divisible by {p}"
    return "other"
print([classify(n) for n in (-5, 0, 4, 9, 25, 49, 11)])
def find(seq, target):
    for i, item in enumerate(seq):
        if item == target:
            return i
    return -1
print(find("hello", "l"), find("hello", "z"))
def returns_func():
    def inner():
        return "inner result"
    return inner
print(returns_func()())
def returns_in_loop():
    while True:
        return "out of infinite loop"
print(returns_in_loop())
def stats(nums):
    return {"min": min(nums), "max": max(nums), "mean": sum(nums) / len(nums)}
print(stats([4, 8, 15, 16, 23, 42]))
