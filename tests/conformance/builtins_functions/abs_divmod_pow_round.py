# abs, divmod, pow (2 and 3 args), round with banker's rounding and ndigits.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 - 4j), abs(-10 ** 30), abs(True))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (0, 5), (10 ** 20, 7)]:
    print(f"divmod({a}, {b}) = {divmod(a, b)}")
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3).__class__.__name__, pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-2, 3, 5), pow(3, -1, 11), pow(5, 0, 1))
for args in [(2, 3, 0), (2.0, 3, 5), (2, -1, 4)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(f"pow{args}: {type(e).__name__}: {e}")
print(pow(base=2, exp=5), pow(2, 5, mod=7))
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 4.5000001, 2.4999)])
print(round(3.14159, 2), round(3.14159, 0), round(3.14159), round(1234.5, -1), round(1235, -1), round(1245, -1))
print(round(-3.5), round(7, 2), round(7.0, 2), round(12345, -2), round(-12355, -1), round(0.0), round(-0.0, 1))
print(type(round(2.5)), type(round(2.5, 1)), type(round(5, 1)))
print(round(2.675, 2), round(0.1 + 0.2, 15), round(1e20, -19), round(5e-324, 400))
class R:
    def __round__(self, n=None):
        return f"round called with {n}"
print(round(R()), round(R(), 3))
