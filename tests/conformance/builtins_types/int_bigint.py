# Arbitrary-precision integers: huge pow, divmod, floor division, bit ops, conversions.
a = 2 ** 200
b = 3 ** 100
print(a)
print(b)
print(a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b, divmod(-a, b), divmod(a, -b))
print(a - b, b - a, -(a + b))
print(10 ** 50 + 1, (10 ** 50 + 1) % 97)
print(pow(3, 1000, 10 ** 9 + 7), pow(7, 10 ** 18, 13), pow(2, -1, 7), pow(-3, 3, 5))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), str(f).count("0"), f % (2 ** 64))
print(a >> 190, a << 3 >> 200, (a - 1) & 0xFFFF, a | 1, a ^ (a - 1))
print(-a >> 199, ~a, (-a) & 0xFF, (-a) | 5)
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length())
print(int(str(b)) == b, int("-" + str(a)) == -a, hex(a), oct(b)[:20], bin(b)[-10:])
print(abs(-a) == a, max(a, b) == a, min(-a, -b) == -a)
print(a == float(a), float(a), float(b))
print(10 ** 20 / 3, 2 ** 1000 // 2 ** 999, (2 ** 64 + 1) / 2)
print(round(123456789123456789123, -5), round(-15, -1), round(25, -1))
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"), (2 ** 70).to_bytes(9, "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % -2, -7 % 2)
print(divmod(-(10 ** 30), 7), (10 ** 30) % -7)
n = 12345678901234567890123456789
print(n * n, n ** 3 // n ** 2 == n)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(int(1e20), int(-1.5e19), int(2.0 ** 80))
print((10 ** 100).__class__.__name__, isinstance(10 ** 100, int))
print(1 << 1000 >> 999, (1 << 64) - 1 == 18446744073709551615)
gcd_a, gcd_b = 2 ** 64 * 3 ** 5, 2 ** 10 * 3 ** 40
while gcd_b:
    gcd_a, gcd_b = gcd_b, gcd_a % gcd_b
print(gcd_a)
