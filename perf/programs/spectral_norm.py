"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1),
approximated by the power method on an N x N section. Float-heavy inner loops
through small functions.
"""

N = 400
ITERATIONS = 10


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    out = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * v[j]
        out[i] = total
    return out


def times_transposed(v):
    n = len(v)
    out = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        out[i] = total
    return out


def times_ata(v):
    return times_transposed(times(v))


def main():
    u = [1.0] * N
    v = u
    for _ in range(ITERATIONS):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    print("%.9f" % (vbv / vv) ** 0.5)


main()
