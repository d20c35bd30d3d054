# Roman numeral conversion both ways with validation and round-trip checks.
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    s = s.upper()
    if not s or any(c not in VALUES for c in s):
        raise ValueError(f"invalid roman numeral {s!r}")
    total = 0
    for i, c in enumerate(s):
        v = VALUES[c]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical roman numeral {s!r}")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
print(max(range(1, 4000), key=lambda i: len(to_roman(i))), to_roman(3888))
for bad in [0, 4000, "12", True, 2.0]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in ["", "ABC", "IIII", "VX", "mcmxciv"]:
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
