# cmath on finite arguments: every function over points in each quadrant, near the unit circle and on the axes.
import cmath

points = [1 + 2j, -1.5 + 0.5j, -2 - 3j, 0.25 - 0.75j, 3, -4, 2j, -0.5j, 0.6 + 0.8j, 1e-3 + 1e-3j, 1e10 - 1e10j, 0.5]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in points:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
print(cmath.phase(-1), cmath.phase(-1 - 0j), cmath.polar(3 + 4j), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.sqrt(-1), cmath.sqrt(0j), cmath.exp(0))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isfinite(1 + 1j), cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj)
for f in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt("x"), lambda: cmath.cosh(1000)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
