# Float repr (shortest round trip), str, special values and formatting.
vals = [0.1, 0.5, 1/3, 2/3, 1e16, 1e15, 1.5e16, 123456789.123, 1e-4, 1e-5,
        0.000123, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        100.0, 1e22, 1e23, 9.999999999999999e22, 0.30000000000000004, 3.0, -0.0,
        float("inf"), float("-inf"), float("nan"), 12345678912345678.0, 0.1 * 3]
for v in vals:
    print(repr(v), str(v), f"{v}", f"{v:.3}", f"{v:g}", f"{v:e}")
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, 0), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(f"{1.5:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1e6:.2e} {123.456:10.2f}| {123.456:<10.1f}| {-1.5:+.1f} {1.5:+.1f}")
print(f"{3.14159:08.3f} {-3.14159:08.3f} {1e-10:.2g} {1234567.0:.4g}")
print(f"{0.1:.20f}", f"{1/3:.17g}", f"{2**0.5:.15f}")
print(f"{float('inf'):10}|{float('nan'):<6}|{-float('inf'):+}")
print("%.2f %5.1f %-8.3e %g %G %%" % (3.14159, 2.25, 12345.678, 0.00001234, 1e-10))
print(format(1e300 * 10, ""), format(-0.0, ".2f"), format(0.0, "+"))
print(float("  1.5  "), float("1e-3"), float("-inf"), float(".5"), float("5."), float("1_0.5"))
for bad in ["", "1.2.3", "abc", "1e", "0x10", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(float(10 ** 15), float(2 ** 63), float(-(10 ** 20)))
print(1.0.hex(), (-0.1).hex(), float.fromhex("0x1p-1"), float.fromhex("-0x1.fp4"))
print((3.7).__trunc__() if hasattr(3.7, "__trunc__") else None, int(3.7), int(-3.7))
print(0.1 + 0.2 != 0.3, 1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53)
