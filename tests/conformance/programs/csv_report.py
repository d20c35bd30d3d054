# Parse CSV-like text (with quoted fields), aggregate by group, and print a formatted report.
DATA = '''region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,"gadget, deluxe",2,19.99
east,widget,7,2.40
south,"gadget, deluxe",1,19.99
north,widget,3,2.50
east,doohickey,12,0.99
west,,5,1.00
'''

def parse_line(line):
    fields, cur, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append(cur)
            cur = ""
        else:
            cur += ch
    fields.append(cur)
    return fields

lines = DATA.strip().splitlines()
header = parse_line(lines[0])
rows = []
for n, line in enumerate(lines[1:], start=2):
    rec = dict(zip(header, parse_line(line)))
    if not rec["product"]:
        print(f"line {n}: skipping record without product")
        continue
    rec["units"] = int(rec["units"])
    rec["price"] = float(rec["price"])
    rows.append(rec)
by_region = {}
for r in rows:
    agg = by_region.setdefault(r["region"], {"units": 0, "revenue": 0.0})
    agg["units"] += r["units"]
    agg["revenue"] += r["units"] * r["price"]
print(f"{'region':<8}{'units':>6}{'revenue':>10}")
print("-" * 24)
for region in sorted(by_region, key=lambda k: -by_region[k]["revenue"]):
    a = by_region[region]
    print(f"{region:<8}{a['units']:>6}{a['revenue']:>10.2f}")
print("-" * 24)
print(f"{'total':<8}{sum(a['units'] for a in by_region.values()):>6}{sum(a['revenue'] for a in by_region.values()):>10.2f}")
products = sorted({r["product"] for r in rows})
print(products)
best = max(rows, key=lambda r: r["units"] * r["price"])
print("best line:", best)
