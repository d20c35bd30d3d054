# repr of literals should round-trip through eval.
values = [
    0, -1, 10**25, 0.1, -2.5e-8, 1e16, 1.0, float("inf"),
    "plain", "quote'", 'dq"', "both'\"", "nl\n", "tab\t", "uni é 😀",
    b"bytes", b"\x00\xff", (1, "a"), [1, [2]], {"k": [1, 2]},
    True, None, 1 + 2j, -0.0, (), (1,), frozenset(),
]
for v in values:
    r = repr(v)
    back = eval(r, {"inf": float("inf"), "frozenset": frozenset})
    same = back == v or (isinstance(v, float) and str(v) == str(back))
    print(r, same)
