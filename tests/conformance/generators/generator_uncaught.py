# An exception raised inside a generator propagates out of the consuming for loop.
def read_records(lines):
    for n, line in enumerate(lines, 1):
        name, _, qty = line.partition("=")
        yield name.strip(), int(qty)

data = ["apples = 3", "pears = 5", "plums = many", "figs = 1"]
total = 0
for name, qty in read_records(data):
    total += qty
    print(name, qty, total)
print("total", total)
