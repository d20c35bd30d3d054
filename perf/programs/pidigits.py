"""Digits of pi from an unbounded spigot over arbitrary-precision integers
(a linear fractional transformation is composed term by term and digits are
extracted once they are certain). Big-int multiply, add and floor division.
"""

DIGITS = 6000


def pi_digits(count):
    # State of the transformation (q r; 0 t) applied to the continued series.
    q, r, t = 1, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        k += 1
        l = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * l, t * l
        if q > r:
            continue
        d = (3 * q + r) // t
        if d != (4 * q + r) // t:
            continue
        digits.append(d)
        q, r = q * 10, (r - d * t) * 10
    return digits


def main():
    digits = pi_digits(DIGITS)
    text = "".join(str(d) for d in digits)
    print(text[:20], "...", text[-20:])
    print("digit sum", sum(digits), "sevens", text.count("7"))


main()
