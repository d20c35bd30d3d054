# Scale recipes with fractions implemented by hand (no fractions module) and unit conversion.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @classmethod
    def parse(cls, s):
        if " " in s:
            whole, frac = s.split()
            f = cls.parse(frac)
            return cls(int(whole) * f.d + f.n, f.d)
        if "/" in s:
            n, d = s.split("/")
            return cls(int(n), int(d))
        return cls(int(s))

    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        return self.n * o.d < o.n * self.d

    def __float__(self):
        return self.n / self.d

    def __str__(self):
        sign = "-" if self.n < 0 else ""
        whole, rem = divmod(abs(self.n), self.d)
        if rem == 0:
            return sign + str(whole)
        return sign + (f"{whole} {rem}/{self.d}" if whole else f"{rem}/{self.d}")

RECIPE = """flour 2 1/4 cup
sugar 3/4 cup
butter 1/2 cup
eggs 2 each
vanilla 1 1/2 tsp
salt 1/4 tsp"""

def scale(recipe, factor):
    out = []
    for line in recipe.splitlines():
        parts = line.split()
        name, unit = parts[0], parts[-1]
        qty = Frac.parse(" ".join(parts[1:-1])) * factor
        if unit == "tsp" and not qty < Frac(3):
            qty, unit = qty / 3, "tbsp"
        out.append(f"{name:<8}{str(qty):>8} {unit}")
    return out

for factor in [Frac(1), Frac(2), Frac(1, 3), Frac(3, 2)]:
    print(f"x{factor}:")
    for line in scale(RECIPE, factor):
        print("  " + line)
print(Frac(1, 3) + Frac(1, 6) == Frac(1, 2), float(Frac(7, 8)), str(Frac(-7, 4)), str(Frac(6, -3)))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
