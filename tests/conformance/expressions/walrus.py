# Assignment expressions (walrus operator).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
print(n)
values = []
i = 0
while (chunk := data[i:i + 2]):
    values.append(sum(chunk))
    i += 2
print(values)
print([y for x in data if (y := x * 2) > 5])
print(y)
print((z := 10) + z)
def f(x):
    return x * 3
print([r for v in range(5) if (r := f(v)) % 2 == 0])
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
total = 0
print([total := total + v for v in [1, 2, 3, 4]])
print(total)
print(any((hit := v) > 5 for v in data), hit)
print(all((last := v) < 9 for v in data), last)
if (m := max(data)) and m > 5:
    print("max", m)
print(f"{(w := 7)} {w * 2}")
def g():
    if (inner := 42):
        return inner
print(g())
