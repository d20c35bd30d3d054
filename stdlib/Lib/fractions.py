"""Rational numbers: Fraction(numerator, denominator), always in lowest terms."""

import math
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _parse(text):
    """(numerator, denominator) of a string such as '3/4', '-1.25', ' 2e-3 ', '7'."""
    s = text.strip()
    # Underscores may group digits, one at a time (PEP 515).
    if "__" in s or s.startswith("_") or s.endswith("_"):
        s = ""
    s = s.replace("_", "")
    if not s:
        raise ValueError("Invalid literal for Fraction: %r" % text)
    sign = 1
    if s[0] in "+-":
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        if not (num.isdigit() and den.isdigit() and num.isascii() and den.isascii()):
            raise ValueError("Invalid literal for Fraction: %r" % text)
        return sign * int(num), int(den)
    mantissa, exponent = s, 0
    for marker in "eE":
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            digits = exp_text[1:] if exp_text[:1] in "+-" else exp_text
            if not digits.isdigit() or not digits.isascii():
                raise ValueError("Invalid literal for Fraction: %r" % text)
            exponent = int(exp_text)
            break
    whole, dot, decimals = mantissa.partition(".")
    if not (whole or decimals) or (whole and not (whole.isdigit() and whole.isascii())) \
            or (decimals and not (decimals.isdigit() and decimals.isascii())):
        raise ValueError("Invalid literal for Fraction: %r" % text)
    num = int(whole + decimals) if whole + decimals else 0
    den = 10 ** len(decimals)
    if exponent >= 0:
        num *= 10 ** exponent
    else:
        den *= 10 ** -exponent
    return sign * num, den


class Fraction:
    """A rational number; arithmetic with ints stays exact, with floats gives floats."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif hasattr(numerator, "as_integer_ratio"):
                numerator, denominator = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = _pair(numerator)
                n2, d2 = _pair(denominator)
                numerator, denominator = n1 * d2, d1 * n2
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most max_denominator (continued fractions)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic: each operator accepts int and Fraction exactly, float and complex by conversion.

    def _operate(self, other, exact, inexact, reflected=False):
        if isinstance(other, (int, Fraction)):
            a, b = (_pair(other), (self._numerator, self._denominator)) if reflected \
                else ((self._numerator, self._denominator), _pair(other))
            return exact(a, b)
        if isinstance(other, (float, complex)):
            x = self._numerator / self._denominator
            return inexact(other, x) if reflected else inexact(x, other)
        return NotImplemented

    def __add__(self, other):
        return self._operate(other, lambda a, b: Fraction(a[0] * b[1] + b[0] * a[1], a[1] * b[1]), lambda x, y: x + y)

    def __radd__(self, other):
        return self._operate(other, lambda a, b: Fraction(a[0] * b[1] + b[0] * a[1], a[1] * b[1]), lambda x, y: x + y, True)

    def __sub__(self, other):
        return self._operate(other, lambda a, b: Fraction(a[0] * b[1] - b[0] * a[1], a[1] * b[1]), lambda x, y: x - y)

    def __rsub__(self, other):
        return self._operate(other, lambda a, b: Fraction(a[0] * b[1] - b[0] * a[1], a[1] * b[1]), lambda x, y: x - y, True)

    def __mul__(self, other):
        return self._operate(other, lambda a, b: Fraction(a[0] * b[0], a[1] * b[1]), lambda x, y: x * y)

    def __rmul__(self, other):
        return self._operate(other, lambda a, b: Fraction(a[0] * b[0], a[1] * b[1]), lambda x, y: x * y, True)

    def __truediv__(self, other):
        return self._operate(other, _divide, lambda x, y: x / y)

    def __rtruediv__(self, other):
        return self._operate(other, _divide, lambda x, y: x / y, True)

    def __floordiv__(self, other):
        return self._operate(other, lambda a, b: (a[0] * b[1]) // (a[1] * b[0]), lambda x, y: x // y)

    def __rfloordiv__(self, other):
        return self._operate(other, lambda a, b: (a[0] * b[1]) // (a[1] * b[0]), lambda x, y: x // y, True)

    def __mod__(self, other):
        return self._operate(other, lambda a, b: Fraction((a[0] * b[1]) % (b[0] * a[1]), a[1] * b[1]), lambda x, y: x % y)

    def __rmod__(self, other):
        return self._operate(other, lambda a, b: Fraction((a[0] * b[1]) % (b[0] * a[1]), a[1] * b[1]), lambda x, y: x % y, True)

    def __divmod__(self, other):
        return self._operate(other, _divmod, divmod)

    def __rdivmod__(self, other):
        return self._operate(other, _divmod, divmod, True)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other)
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power, _normalize=False)
            if self._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (self._denominator ** -power))
            if self._numerator > 0:
                return Fraction(self._denominator ** -power, self._numerator ** -power, _normalize=False)
            return Fraction((-self._denominator) ** -power, (-self._numerator) ** -power, _normalize=False)
        if isinstance(other, (float, complex, Fraction)):
            return (self._numerator / self._denominator) ** (other if not isinstance(other, Fraction)
                                                               else other._numerator / other._denominator)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        return other ** (self._numerator / self._denominator)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        result = value if self._numerator >= 0 else -value
        return -2 if result == -1 else result

    def __eq__(self, other):
        if isinstance(other, (int, Fraction)):
            n, d = _pair(other)
            return self._numerator == n and self._denominator == d
        if isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return False
            return self == Fraction(other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, (int, Fraction)):
            n, d = _pair(other)
            return op(self._numerator * d, n * self._denominator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _pair(x):
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


def _divide(a, b):
    if b[0] == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % (a[0] * b[1]))
    return Fraction(a[0] * b[1], a[1] * b[0])


def _divmod(a, b):
    q, r = divmod(a[0] * b[1], a[1] * b[0])
    return q, Fraction(r, a[1] * b[1])
