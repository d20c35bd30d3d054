# The same seed gives CPython's exact sequences.
import random

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))
print(random.getrandbits(0))

for seed in [0, 1, -1, 2**32, 2**32 - 1, -12345678901234567890123, 2**200 + 17, True]:
    random.seed(seed)
    print(seed, random.random(), random.randrange(1000))

for seed in ["hello", "", "héllo 😀", b"hello", b"", bytearray(b"abc")]:
    random.seed(seed)
    print(repr(seed), random.random())

random.seed("hello", version=1)
print("v1 str", random.random())
random.seed(b"hello", version=1)
print("v1 bytes", random.random())
random.seed(3.5)
print("float", random.random())
random.seed(-2.25)
print("neg float", random.random())

random.seed(0)
print(random.randbytes(5), random.randbytes(0), len(random.randbytes(13)))
print(random.randrange(2**70), random.randint(-2**65, 2**65))
