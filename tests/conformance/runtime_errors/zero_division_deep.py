# ZeroDivisionError raised several calls deep and not caught.
def average(values):
    return sum(values) / len(values)

def report(groups):
    for name, vals in groups:
        print(name, average(vals))

report([("a", [1, 2, 3]), ("b", [10]), ("empty", [])])
