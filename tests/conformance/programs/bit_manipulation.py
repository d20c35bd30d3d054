# Bit manipulation utilities: flags, masks, popcount, gray codes, bitsets over big ints.
class Perm:
    READ, WRITE, EXEC = 4, 2, 1
    NAMES = {4: "r", 2: "w", 1: "x"}

    @classmethod
    def to_str(cls, mode):
        return "".join(cls.NAMES[b] if mode & b else "-" for b in (4, 2, 1))

    @classmethod
    def parse(cls, s):
        return sum(b for b, ch in zip((4, 2, 1), s) if ch != "-")

for mode in [0o755, 0o644, 0o600, 0o777, 0o000]:
    parts = [(mode >> shift) & 7 for shift in (6, 3, 0)]
    text = "".join(Perm.to_str(p) for p in parts)
    back = sum(Perm.parse(text[i:i + 3]) << s for i, s in zip((0, 3, 6), (6, 3, 0)))
    print(oct(mode), text, back == mode)

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print([popcount(n) for n in range(17)], popcount(2 ** 100 - 1), (2 ** 100 - 1).bit_count())
gray = [i ^ (i >> 1) for i in range(8)]
print([format(g, "03b") for g in gray], all(popcount(a ^ b) == 1 for a, b in zip(gray, gray[1:])))
def lowest_set_bit(n):
    return n & -n
print([lowest_set_bit(n) for n in (12, 40, 7, 2 ** 70 + 2 ** 65)])
bits = 0
for i in (3, 64, 100, 150):
    bits |= 1 << i
print(bits.bit_length(), [i for i in range(200) if bits >> i & 1])
bits &= ~(1 << 64)
print([i for i in range(200) if bits >> i & 1], bin(bits).count("1"))
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b1011, 4), format(reverse_bits(1, 32), "#034b"), reverse_bits(0xF0, 8))
print(-1 & 0xFFFFFFFF, (0xFFFFFFFF ^ 0xFFFFFFFF) == 0, ~0 & 0xFF, (-(2 ** 31)) & 0xFFFFFFFF)
def to_signed32(u):
    return u - (1 << 32) if u & (1 << 31) else u
print([to_signed32(u) for u in (0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF)])
