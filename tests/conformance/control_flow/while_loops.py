# while loops with else, break, continue, nested loops.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while-else runs when loop ends normally")
i = 0
while True:
    i += 1
    if i > 3:
        break
    print("i =", i)
else:
    print("never: loop exited via break")
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return f"{n} is prime"
    return f"{n} divisible by {d}"
print(find_divisor(97), find_divisor(91))
count = 0
while count < 3:
    count += 1
else:
    print("zero-iteration else" if count == 0 else "else after", count)
while False:
    print("never")
else:
    print("else of loop that never ran")
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(f"({outer},{inner})", end=" ")
        inner += 1
    outer += 1
print()
stack = [1, [2, [3, 4]], 5]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        flat.append(item)
print(flat)
