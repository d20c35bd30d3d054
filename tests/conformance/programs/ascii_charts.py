# Render data as ASCII bar charts, a sparkline-like line chart, and a boxed table.
data = {"Mon": 12, "Tue": 30, "Wed": 7, "Thu": 22, "Fri": 41, "Sat": 3, "Sun": 18}
peak = max(data.values())
width = 30
for day, v in data.items():
    bar = "#" * round(v / peak * width)
    print(f"{day} |{bar:<{width}}| {v:>3}")
print()
levels = " .:-=+*#%@"
series = [0, 1, 3, 7, 12, 18, 25, 30, 28, 20, 11, 5, 2, 0]
lo, hi = min(series), max(series)
print("".join(levels[round((v - lo) / (hi - lo) * (len(levels) - 1))] for v in series))
rows = 6
for r in range(rows, 0, -1):
    threshold = hi * r / rows
    print(f"{threshold:>5.1f} " + "".join("█" if v >= threshold else " " for v in series))
print("      " + "".join(str(i % 10) for i in range(len(series))))
print()
table = [("Language", "Year", "Typing"), ("Python", 1991, "dynamic"), ("C#", 2000, "static"), ("Rust", 2010, "static")]
widths = [max(len(str(row[i])) for row in table) for i in range(len(table[0]))]
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
for n, row in enumerate(table):
    print("| " + " | ".join(str(c).ljust(w) if isinstance(c, str) else str(c).rjust(w) for c, w in zip(row, widths)) + " |")
    if n == 0:
        print(sep.replace("-", "="))
print(sep)
