# Nested f-strings and f-strings calling functions/methods.
def fmt_money(v):
    return f"${v:,.2f}"

rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for name, price, qty in rows:
    print(f"{name:<8}{fmt_money(price):>10}{qty:>4}{fmt_money(price * qty):>10}")
total = sum(p * q for _, p, q in rows)
print(f"{'TOTAL':<8}{'':>10}{'':>4}{fmt_money(total):>10}")
inner = 5
print(f"{f'{inner}'}")
print(f"{f'{inner:>{inner}}'}|")
print(f"{'x' if inner > 3 else 'y'}{inner:03}")
print(f"{ {'a': 1}['a'] }")
print(f"{ {1, 2} == {2, 1} }")
print(f"{','.join(f'{i:02}' for i in range(5))}")
print(f"{dict(a=1)!r:>12}")
matrix = [[1, 2], [3, 4]]
print("\n".join(f"{' '.join(f'{v:3}' for v in row)}" for row in matrix))
val = 3.14159
for p in range(4):
    print(f"{val:.{p}f}")
