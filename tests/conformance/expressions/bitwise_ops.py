# Bitwise operators, including negative numbers and big ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -1 | 0, -1 ^ 0xFF, -256 >> 4, -1 >> 100, -5 >> 1)
print(~0, ~-1, ~255, ~-256)
print(1 << 64, (1 << 64) >> 63, (1 << 200) & ((1 << 201) - 1) == 1 << 200)
big = (1 << 100) | 0b101
print(big & 0xFF, big ^ (1 << 100), big >> 98)
print(-(1 << 70) & 0xFFFF, -(1 << 70) >> 68, (-(1 << 70)) | 1)
print(0x0F0F ^ 0xFFFF, 0xF0 & -0x10)
print(True & 1, True | 2, False ^ True, type(True & True).__name__)
print(5 & 3.0 if False else "float bitwise skipped")
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, bin(x), x.bit_count() if hasattr(x, "bit_count") else None)
print([i for i in range(8) if x >> i & 1])
print(-17 >> 2, -17 // 4, 17 >> 2)
