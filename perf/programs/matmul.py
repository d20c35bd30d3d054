"""Dense matrix arithmetic on nested lists: multiply (row times transposed
column, with zip), transpose, power by repeated squaring modulo a prime, and a
float Gaussian elimination for a determinant. List indexing and comprehensions.
"""

SIZE = 150
MODULUS = 1000003


def make_matrix(n, seed):
    rows = []
    state = seed
    for _ in range(n):
        row = []
        for _ in range(n):
            state = (state * 16807) % 2147483647
            row.append(state % 100)
        rows.append(row)
    return rows


def transpose(m):
    return [list(col) for col in zip(*m)]


def multiply(a, b, modulus):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) % modulus for col in bt] for row in a]


def multiply_loops(a, b, modulus):
    n = len(a)
    m = len(b[0])
    inner = len(b)
    out = [[0] * m for _ in range(n)]
    for i in range(n):
        ai = a[i]
        oi = out[i]
        for k in range(inner):
            aik = ai[k]
            bk = b[k]
            for j in range(m):
                oi[j] += aik * bk[j]
        for j in range(m):
            oi[j] %= modulus
    return out


def power(m, e, modulus):
    n = len(m)
    result = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    while e:
        if e & 1:
            result = multiply(result, m, modulus)
        m = multiply_loops(m, m, modulus)
        e >>= 1
    return result


def determinant(m):
    a = [[float(v) for v in row] for row in m]
    n = len(a)
    det = 1.0
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(a[r][c]))
        if a[pivot][c] == 0.0:
            return 0.0
        if pivot != c:
            a[c], a[pivot] = a[pivot], a[c]
            det = -det
        det *= a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            row, top = a[r], a[c]
            for k in range(c, n):
                row[k] -= f * top[k]
    return det


def main():
    a = make_matrix(SIZE, 1)
    b = make_matrix(SIZE, 2)
    p = power(a, 5, MODULUS)
    q = multiply_loops(a, b, MODULUS)
    assert q == multiply(a, b, MODULUS)
    trace = sum(p[i][i] for i in range(SIZE)) % MODULUS
    corner = [row[-1] for row in q[:4]]
    det = determinant([row[:40] for row in b[:40]])
    print("trace", trace, "corner", corner)
    print("det %.6e" % det)


main()
