"""Fannkuch: for every permutation of 1..n, count the prefix reversals needed
until 1 is in front; report the maximum and an alternating checksum. Permutations
are generated in place by a counting scheme. Small-int and list-index heavy.
"""

N = 9
ROUNDS = 2


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r > 1:
            counts[r - 1] = r
            r -= 1
        if perm[0] != 0:
            work = perm[:]
            flips = 0
            first = work[0]
            while first != 0:
                i = 0
                j = first
                while i < j:
                    work[i], work[j] = work[j], work[i]
                    i += 1
                    j -= 1
                flips += 1
                first = work[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign > 0 else -flips
        sign = -sign
        # Advance to the next permutation by rotating growing prefixes.
        while True:
            if r == n:
                return max_flips, checksum
            head = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = head
            counts[r] -= 1
            if counts[r] > 0:
                break
            r += 1


def main():
    for _ in range(ROUNDS):
        max_flips, checksum = fannkuch(N)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (N, max_flips))


main()
