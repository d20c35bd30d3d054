# math: exact fsum, nextafter/ulp, cbrt/exp2, big isqrt, integer functions, error types.
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([float("inf"), 1]), math.fsum([2.0**53, 1.0, 2.0**-53]))
try: math.fsum([float("inf"), float("-inf")])
except ValueError as e: print(e)
print(math.fsum([float("nan"), 1.0]))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(-1.0, -2), math.nextafter(2.0, 2.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-3.5), math.ulp(float("inf")), math.ulp(1.7976931348623157e308))
print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
print(math.isqrt(10**400) == 10**200, math.isqrt(10**400 - 1) == 10**200 - 1, math.isqrt(99), math.isqrt(2**127))
print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.gcd(), math.lcm(), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3], start=2))
print(math.frexp(8.0), math.frexp(-0.1), math.ldexp(0.5, 4), math.modf(3.25), math.dist((0, 0), (3, 4)))
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.isqrt(-1), lambda: math.gcd(1.5), lambda: math.comb(-1, 2), lambda: math.ldexp(1.0, 5000)]:
    try: print(f())
    except Exception as e: print(type(e).__name__ + ":", e)
