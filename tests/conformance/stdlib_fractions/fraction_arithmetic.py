# fractions.Fraction: construction, normalisation, arithmetic, comparisons, hashing, errors.
from fractions import Fraction

print(Fraction(6, 8), Fraction(-6, 8), Fraction(6, -8), Fraction(5), Fraction(), Fraction(0, -3))
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("2e-3"), Fraction("1_000"), Fraction("7"), Fraction(".5"), Fraction("5."))
print(Fraction(0.1), Fraction(1.5), Fraction(Fraction(2, 3)), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction.from_float(0.25))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, a ** -2, (-a) ** -3, a ** 0)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a / 2, 2 / a, 7 // a, 7 % a, a + 0.5, 0.5 + a, a * 1.5, 2 ** Fraction(2), 4 ** Fraction(1, 2))
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, a < b, a > b, a <= 0.34, a >= 1, Fraction(1, 2) < float("inf"))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)), len({Fraction(1, 2), 0.5, Fraction(2, 4)}))
print(float(a), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(-5, 2)), round(a, 2), round(Fraction(1234), -2))
import math
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), bool(Fraction(0)), bool(a))
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(0.1).limit_denominator(), Fraction(1, 3).limit_denominator(2))
print(a.numerator, a.denominator, a.as_integer_ratio(), repr(a), str(Fraction(4, 2)))
print(sum([Fraction(1, n) for n in range(1, 8)]), sorted([Fraction(1, 2), Fraction(1, 3), 0.4, 1]))
for f in [lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction(1.5, 2), lambda: Fraction(float("nan")),
          lambda: Fraction(float("inf")), lambda: a / 0, lambda: Fraction(0) ** -1, lambda: Fraction([1]), lambda: a.limit_denominator(0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
