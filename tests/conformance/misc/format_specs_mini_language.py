# The format spec mini-language exhaustively: fill, align, sign, #, 0, width, grouping, precision, type.
n = 1234567.891
i = -42
print(f"[{i:<8}] [{i:>8}] [{i:^8}] [{i:=8}] [{i:08}] [{i:_^9}]")
print(f"[{42:+}] [{42:-}] [{42: }] [{-42: }] [{0:+}]")
print(f"[{n:,}] [{n:_}] [{n:,.2f}] [{int(n):,}] [{int(n):_x}] [{int(n):_b}]")
print(f"[{n:.0f}] [{n:.1e}] [{n:.3g}] [{n:.10g}] [{n:%}] [{0.5:.0%}]")
print(f"[{255:#x}] [{255:#o}] [{255:#b}] [{255:#X}] [{255:x}] [{255:c}]")
print(f"[{3.0:g}] [{3.0:#g}] [{3.0:.0f}] [{3.0:#.0f}] [{1e-7:g}] [{1e16:g}]")
print(f"[{'s':<3}] [{'s':>3}] [{'s':^3}] [{'s':.0}] [{'abc':x<6.2}]")
print(f"[{12.5:n}] [{1234:n}] [{0.1:.17f}] [{1/7:.30f}]")
print(f"[{-0.0:+.1f}] [{-0.0001:.2f}] [{float('-inf'):+}] [{float('nan'):+}]")
print(f"[{10**30:e}] [{10**30:,}] [{-10**20:_}]")
print(f"[{True:>5}] [{True:5d}] [{None!s:>6}] [{[1]!r:>6}]")
print(f"[{1.23456789e-5:.3}] [{123456789.0:.3}] [{100.0:.3}] [{0.0:.3}]")
print(f"[{5:{'<'}{4}}] [{5:{'0'}{4}}]")
for v, spec in [(1.5, ","), (10, ",d"), (1.25, "_.1f"), ("x", "<5s"), (7, "=+5")]:
    print(repr(spec), repr(format(v, spec)))
for v, spec in [(1, ",_"), ("x", "+"), ("x", "="), (1.5, "x"), (1, ".2d")]:
    try:
        format(v, spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
