# A Polynomial class: arithmetic, evaluation, derivative, string form, equality and hashing.
class Polynomial:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = tuple(coeffs) or (0,)

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, other):
        other = other if isinstance(other, Polynomial) else Polynomial([other])
        n = max(len(self.c), len(other.c))
        a = self.c + (0,) * (n - len(self.c))
        b = other.c + (0,) * (n - len(other.c))
        return Polynomial(x + y for x, y in zip(a, b))

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(-a for a in self.c)

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        other = other if isinstance(other, Polynomial) else Polynomial([other])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial([1])
        for _ in range(n):
            result = result * self
        return result

    def derivative(self):
        return Polynomial(i * a for i, a in enumerate(self.c) if i)

    def __eq__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial([other])
        return isinstance(other, Polynomial) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        s = " ".join(f"{sg} {t}" for sg, t in terms)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]

    def __repr__(self):
        return f"Polynomial({list(self.c)})"


x = Polynomial([0, 1])
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, "|", q, "|", repr(p))
print(p + q, "|", p - q, "|", p * q, "|", q ** 3)
print(p(0), p(2), p(-1.5), [q(i) for i in range(4)])
print(p.derivative(), "|", (q ** 3).derivative(), "|", Polynomial([5]).derivative())
print(p == Polynomial([1, -2, 3]), p - p == 0, (x + 1) * (x - 1) == x ** 2 - 1, len({p, Polynomial([1, -2, 3])}))
print(Polynomial([0, 0, 0]), Polynomial([0, 0, 0]).degree, (x ** 5).degree, -x ** 2 + 4)
