# Random instances are independent; subclasses can override random() or getrandbits().
import random

r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))
r3 = random.Random()
r3.seed(7)
print(r3.random() == random.Random(7).random())
print(isinstance(r1, random.Random), type(r1).__name__, random.Random.__module__)


class Half(random.Random):
    def random(self):
        return 0.5


h = Half(1)
print(h.randint(1, 10), h.choice([1, 2, 3]), h.uniform(0, 10), h.choices("ab", k=3))


class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


c = Counting(5)
print(c.randrange(1000), c.calls, c.random() == random.Random(5).random())
print(random.Random(5).randrange(1000))


class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print("seed called with", a)
        super().seed(a, version)


Seeded(99)

sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.randint(1, 6) <= 6, len(sr.randbytes(4)), sr.getrandbits(8) < 256)
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
