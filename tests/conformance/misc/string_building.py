# Ways of building strings: concatenation, join, format, repetition, f-strings in loops.
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts))
s = ""
for ch in "abc":
    s += ch.upper() + "-"
print(s.rstrip("-"))
table = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(cell).ljust(w) if isinstance(cell, str) else str(cell).rjust(w) for cell, w in zip(row, widths)))
print("=" * 20)
print("{:-^20}".format(" end "))
lines = ["first", "second", "third"]
print("\n".join(f"{n:>2}. {line}" for n, line in enumerate(lines, 1)))
csv = "\n".join(",".join(map(str, r)) for r in table)
print(csv)
print(repr("\t".join(["a", "b"])), "%s-%s" % ("x", "y"), "{}{}".format(1, 2))
