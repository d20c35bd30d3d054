# math module: deterministic functions and constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 30))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(12, 18, 24), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.perm(5, 2), math.comb(50, 25))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), 7 % -3, math.remainder(7, 3))
print(math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1) == math.pi / 4, math.degrees(math.pi), math.radians(180) == math.pi)
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8), math.ldexp(0.5, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(10 ** 20 + 0.5) == 10 ** 20, math.ceil(1e300) > 10 ** 299)
