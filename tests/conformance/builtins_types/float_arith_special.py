# Float arithmetic: inf/nan propagation, signed zero, division, modulo, comparisons.
import math
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -0.0 == 0.0)
print(math.copysign(1, -0.0), math.copysign(1, 0.0), 1 / inf, -1 / inf)
print(5.0 % 3, -5.0 % 3, 5.0 % -3, -5.0 % -3, 5.5 // 2, -5.5 // 2)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 5e-324 / 2)
print(7.0 / 2, 7.0 // 2, divmod(7.5, 2), divmod(-7.5, 2))
print(0.1 * 3, 0.1 + 0.1 + 0.1, sum([0.1] * 10), 1 - 0.9)
print(2.0 ** 0.5, 2 ** 0.5, (-8.0) ** (1 / 3) if False else "skip", 10.0 ** -2)
print(float(inf) == inf, max(1.0, nan), max(nan, 1.0), min(inf, 5), sorted([3.0, -inf, inf, 0.0]))
print(inf > 10 ** 1000, -inf < -(10 ** 1000), 1e308 < 10 ** 309)
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), hash(inf), hash(-inf))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    r = (-8.0) ** 0.5
    print("complex result:", type(r).__name__, round(r.imag, 6), abs(r.real) < 1e-12)
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(3.0.is_integer(), 3.5.is_integer(), (1e300).is_integer())
print(round(inf) if False else "round(inf) raises", round(3.14159, 3), round(-0.5), round(0.5000001))
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
