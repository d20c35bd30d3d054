# Exceptions as control flow in loops: parsing, EAFP, StopIteration by hand.
raw = ["10", "x", "3.5", "", "-7", "1e3", "0x1F"]
ints, floats, bad = [], [], []
for s in raw:
    try:
        ints.append(int(s))
    except ValueError:
        try:
            floats.append(float(s))
        except ValueError:
            bad.append(s)
print(ints, floats, bad)
d = {"a": 1}
for k in "ab":
    try:
        print(k, d[k])
    except KeyError:
        print(k, "missing")
it = iter([1, 2, 3])
total = 0
while True:
    try:
        total += next(it)
    except StopIteration:
        break
print(total)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0)]])
count = 0
for attempt in range(5):
    try:
        count += 1
        if attempt < 3:
            raise ConnectionError(f"attempt {attempt}")
    except ConnectionError as e:
        print("retry:", e)
        continue
    else:
        print("succeeded on attempt", attempt)
        break
    finally:
        print("finally for attempt", attempt)
print("count", count)
