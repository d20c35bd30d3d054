"""Escape-time Mandelbrot set over a grid of the complex plane, in plain float
arithmetic. Prints the total iteration count and a per-row checksum.
"""

SIZE = 420
MAX_ITER = 250


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for n in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def main():
    total = 0
    inside = 0
    checksum = 0
    for y in range(SIZE):
        ci = -1.25 + 2.5 * y / SIZE
        row = 0
        for x in range(SIZE):
            cr = -2.0 + 2.6 * x / SIZE
            n = escape_time(cr, ci, MAX_ITER)
            total += n
            if n == MAX_ITER:
                inside += 1
            row = (row * 7 + n) & 0xFFFFFF
        checksum ^= row
    print("iterations", total, "inside", inside, "checksum", checksum)


main()
