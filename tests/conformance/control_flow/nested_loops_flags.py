# Nested loops: early exit patterns, flags, for-else searches, loops over loops.
grid = [
    [5, 3, 0, 0, 7],
    [6, 0, 0, 1, 9],
    [0, 9, 8, 0, 0],
]
zeros = 0
for row in grid:
    for v in row:
        if v == 0:
            zeros += 1
print("zeros:", zeros)
def find(target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(find(8), find(42))
for r, row in enumerate(grid):
    for v in row:
        if v > 8:
            print("row", r, "has a value > 8")
            break
    else:
        print("row", r, "has no value > 8")
pairs = []
for i in range(4):
    for j in range(i + 1, 4):
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
n = 0
done = False
for a in range(10):
    for b in range(10):
        n += 1
        if a * b == 12:
            done = True
            break
    if done:
        break
print("iterations:", n, "a, b =", a, b)
triangle = []
for i in range(1, 6):
    triangle.append([1] * i)
    for j in range(1, i - 1):
        triangle[-1][j] = triangle[-2][j - 1] + triangle[-2][j]
for row in triangle:
    print(" ".join(map(str, row)).center(20))
