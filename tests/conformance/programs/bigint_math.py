# Big-integer number theory: modular exponentiation, Miller-Rabin, RSA toy, continued fractions.
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(90, 130) if is_probable_prime(n)])
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1), is_probable_prime(10 ** 30 + 57))
p, q = 2 ** 89 - 1, 2 ** 107 - 1
n, phi, e = p * q, (p - 1) * (q - 1), 65537
d = pow(e, -1, phi)
msg = int.from_bytes(b"pycc conformance", "big")
cipher = pow(msg, e, n)
plain = pow(cipher, d, n)
print(n)
print(cipher)
print(plain.to_bytes((plain.bit_length() + 7) // 8, "big"))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
def sqrt2_convergents(k):
    h0, h1, k0, k1 = 1, 1, 0, 1
    out = []
    for _ in range(k):
        h0, h1 = h1, 2 * h1 + h0
        k0, k1 = k1, 2 * k1 + k0
        out.append((h1, k1))
    return out
conv = sqrt2_convergents(60)
print(conv[:5])
h, k = conv[-1]
print(len(str(h)), str(h * 10 ** 40 // k)[:42])
print(sum(int(c) for c in str(2 ** 10000)), len(str(3 ** 2000)))
