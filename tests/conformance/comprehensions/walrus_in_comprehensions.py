# Assignment expressions in comprehensions bind in the containing scope.
data = [4, 9, 16, 25, 7]
roots = [r for v in data if (r := v ** 0.5) == int(r)]
print(roots, r)
def running_totals(nums):
    total = 0
    return [total := total + n for n in nums], total
print(running_totals([1, 2, 3, 4]))
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["hi", "hello", "hey", "howdy"]), first_long(["a"]))
vals = [y for x in range(5) if (y := x * x) % 2 == 0]
print(vals, y)
def last_checked(items):
    [item for item in items if (last := item) > 0]
    return last
print(last_checked([3, -1, 5]))
pairs = {k: (sq := k * k) for k in range(4)}
print(pairs, sq)
print([(a, b) for a in range(3) if (b := a * 2) > 1])
