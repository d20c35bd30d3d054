# format() builtin with specs for int, float, str, and custom __format__.
print(format(42), format(42, "d"), format(42, "5"), format(42, "<5") + "|", format(42, "^7"), format(42, "x"), format(42, "#b"))
print(format(3.14159, ".2f"), format(3.14159, "e"), format(0.000123, "g"), format(1234567.891, ",.1f"), format(0.25, "%"))
print(format("text", ">10"), format("text", "*<8"), format("text", ".2"), format("text", ""), format("text", "s"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format(1 + 2j, ".1f"))
print(format(-5, "+"), format(5, "+"), format(5, " "), format(-5, "=6"), format(5, "06"))
print(format(1e10, ".3g"), format(1e-10, ".3g"), format(123456789, "_"), format(255, "#_x"))
for value, spec in [(5, "s"), ("x", "d"), (1.5, "d"), (5, ".2s"), ([], "d")]:
    try:
        print(format(value, spec))
    except (ValueError, TypeError) as e:
        print(f"format({value!r}, {spec!r}): {type(e).__name__}: {e}")
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:{spec or '.1f'}}C"
t = Temp(21.5)
print(format(t), format(t, "F"), format(t, ".3f"), f"{t:F}", "{:>6}".format(t))
