# hashlib: digests of the common algorithms, incremental update, copy, new(), errors.
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"The quick brown fox")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.sha224(b"").hexdigest(), hashlib.sha224(b"a" * 1000).hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(h.digest()[:4], len(h.digest()), h.hexdigest() == h.hexdigest())
s = hashlib.sha224()
for i in range(100):
    s.update(bytes([i]) * i)
t = s.copy()
t.update(b"x")
print(s.hexdigest(), t.hexdigest())
print(hashlib.new("sha1", b"abc").hexdigest(), hashlib.new("SHA256").hexdigest()[:16], hashlib.md5(bytearray(b"ab")).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 2, 10).hex())
print(sorted(n for n in ["md5", "sha1", "sha256"] if n in hashlib.algorithms_available))
for f in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5().update(5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
