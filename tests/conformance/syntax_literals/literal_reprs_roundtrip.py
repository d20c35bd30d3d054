# repr of literals, and equivalent spellings of the same literal compare equal with equal reprs.
pairs = [
    (0, 0x0), (-1, -0b1), (10**25, 10_000_000_000_000_000_000_000_000), (0.1, 1e-1),
    (-2.5e-8, -0.000000025), (1e16, 10000000000000000.0), (1.0, 1.), (float("inf"), 1e400),
    ("plain", 'plain'), ("quote'", 'quote\''), ('dq"', "dq\""), ("both'\"", 'both\'"'),
    ("nl\n", "nl\x0a"), ("tab\t", "tab\u0009"), ("uni é 😀", "uni \xe9 \U0001F600"),
    (b"bytes", b"\x62ytes"), (b"\x00\xff", bytes([0, 255])), ((1, "a"), (1, "\x61")),
    ([1, [2]], [0x1, [0o2]]), ({"k": [1, 2]}, {'k': [1, 2]}), (True, 1 == 1), (None, (lambda: None)()),
    (1 + 2j, complex(1, 2)), (-0.0, -0.), ((), tuple()), ((1,), tuple([1])), (frozenset(), frozenset(())),
]
for a, b in pairs:
    print(repr(a), a == b, repr(a) == repr(b), type(a) is type(b))
