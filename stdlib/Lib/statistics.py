"""Basic statistics of numeric data, computed exactly with fractions where CPython does."""

import math
from fractions import Fraction

__all__ = ["StatisticsError", "mean", "fmean", "geometric_mean", "harmonic_mean", "median",
           "median_low", "median_high", "mode", "multimode", "variance", "pvariance",
           "stdev", "pstdev"]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator); (x, None) for infinities and NaNs."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if not math.isfinite(x):
            return x, None
        return x.as_integer_ratio()
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _common_type(T, S):
    """The type a result over values of types T and S is given (int yields to the others)."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S) or issubclass(S, int):
        return T
    if issubclass(T, int):
        return S
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _exact_sums(data, squares=False):
    """(type, sum, sum of squares or None, count) with exact Fraction sums.
    A non-finite value makes the sums that value instead."""
    T = int
    count = 0
    total = Fraction(0)
    total_sq = Fraction(0)
    special = None
    for x in data:
        T = _common_type(T, type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
            continue
        total += Fraction(n, d)
        if squares:
            total_sq += Fraction(n * n, d * d)
    if special is not None:
        return T, special, special, count
    return T, total, total_sq if squares else None, count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _sqrt_of_fraction(n, m):
    """sqrt(n / m) correctly rounded to a float: an integer square root carrying enough extra
    bits, its last bit made sticky (round to odd), then one correctly rounded division."""
    shift = max(0, (110 - (n.bit_length() - m.bit_length())) // 2 + 1)
    scaled_n = n << (2 * shift)
    root = math.isqrt(scaled_n // m)
    if root * root * m != scaled_n:
        root |= 1
    return root / (1 << shift)


def mean(data):
    if iter(data) is data:
        data = list(data)
    T, total, _, n = _exact_sums(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        values = list(data)
        if not values:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(values) / len(values)
    values = list(data)
    weights = list(weights)
    if len(weights) != len(values):
        raise StatisticsError("data and weights must be the same length")
    total = math.fsum(weights)
    if not total:
        raise StatisticsError("sum of weights must be non-zero")
    return math.fsum(x * w for x, w in zip(values, weights)) / total


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = sum(weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    T, total, _, _ = _exact_sums(w / x if w else 0 for w, x in zip(weights, data))
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    best, best_count = None, 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _deviations(data, center):
    """(type, sum of squared deviations, count) around center, or around the exact mean."""
    if center is not None:
        T, ssd, _, n = _exact_sums((x - center) * (x - center) for x in data)
        return T, ssd, n
    T, sx, sxx, n = _exact_sums(data, squares=True)
    if n == 0:
        return T, Fraction(0), 0
    if not isinstance(sx, Fraction):
        return T, sx, n
    return T, (n * sxx - sx * sx) / n, n


def variance(data, xbar=None):
    T, ss, n = _deviations(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _deviations(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def _root(mss):
    if not isinstance(mss, Fraction):
        return math.sqrt(mss)
    return _sqrt_of_fraction(mss.numerator, mss.denominator)


def stdev(data, xbar=None):
    T, ss, n = _deviations(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _root(ss / (n - 1))


def pstdev(data, mu=None):
    T, ss, n = _deviations(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _root(ss / n)
