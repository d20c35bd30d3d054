# Integer algorithms mixing math functions and big ints.
import math
def is_prime(n):
    if n < 2:
        return False
    for p in range(2, math.isqrt(n) + 1):
        if n % p == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
print(is_prime(2 ** 31 - 1), is_prime(10 ** 9 + 7), is_prime(10 ** 9 + 9))
def digits_sum(n):
    return sum(int(d) for d in str(n))
print(digits_sum(math.factorial(100)), len(str(2 ** 1000)), digits_sum(2 ** 1000))
print(math.comb(100, 50) % (10 ** 9 + 7))
def catalan(n):
    return math.comb(2 * n, n) // (n + 1)
print([catalan(i) for i in range(12)])
fracs = [(1, 3), (1, 6), (1, 4)]
num, den = 0, 1
for a, b in fracs:
    num, den = num * b + a * den, den * b
    g = math.gcd(num, den)
    num, den = num // g, den // g
print(f"{num}/{den}")
print(math.isqrt(2 * 10 ** 40))
