"""Sieve of Eratosthenes with explicit index loops (no slice assignment), then
prime statistics: count, sum, twin pairs and the largest prime gap.
"""

LIMIT = 6000000


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    return flags


def main():
    flags = sieve(LIMIT)
    count = 0
    total = 0
    twins = 0
    gap = 0
    last = 0
    for n in range(2, LIMIT + 1):
        if flags[n]:
            count += 1
            total += n
            if n - last == 2:
                twins += 1
            if last and n - last > gap:
                gap = n - last
            last = n
    print("primes", count, "sum", total, "twins", twins, "max gap", gap, "last", last)


main()
