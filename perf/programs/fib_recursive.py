"""Call-bound recursion: naive Fibonacci, the Takeuchi function and Ackermann on
small arguments. Almost nothing but function calls, small-int compares and adds.
"""

import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def main():
    sys.setrecursionlimit(10000)
    print("fib(33) =", fib(33))
    print("tak(24, 16, 8) =", tak(24, 16, 8))
    # Deep rather than wide: ~2,000 frames at the bottom.
    print("ackermann(2, 1000) =", ackermann(2, 1000))
    print("ackermann(3, 7) =", ackermann(3, 7))


main()
