# Nested comprehensions: matrices, flattening, transposition, cartesian products.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in m] for i in range(len(m[0]))])
print([x for row in m for x in row])
print([[x * 2 for x in row if x % 2] for row in m])
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
for row in identity:
    print(row)
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
print(matmul(m, identity[:3]) == [row + [] for row in m] or matmul(m, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
cards = [r + s for s in "SH" for r in "AKQ"]
print(cards)
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({k: [v for v in range(k)] for k in range(4)})
print([[[k for k in range(j)] for j in range(i)] for i in range(3)])
grid = ["#..", ".#.", "..#"]
print([(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == "#"])
print(sum(sum(row) for row in m), max(max(row) for row in m))
print(["".join(ch for ch in word if ch not in "aeiou") for word in ["banana", "kiwi"]])
