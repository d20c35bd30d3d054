# Infinite generators consumed without itertools: manual take, primes, fibonacci.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, naturals()))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))
def mapgen(f, it):
    for x in it:
        yield f(x)
def filtergen(pred, it):
    for x in it:
        if pred(x):
            yield x
evens_squared = mapgen(lambda x: x * x, filtergen(lambda x: x % 2 == 0, naturals()))
print(take(6, evens_squared))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("abc")))
def first_where(pred, it):
    for x in it:
        if pred(x):
            return x
print(first_where(lambda n: n * n > 500, naturals()))
g = fib()
for _ in range(50):
    value = next(g)
print(value)
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
