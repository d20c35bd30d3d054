# Bad arguments raise CPython's exception types and messages.
import random

cases = [
    lambda: random.choice([]),
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(1, 2, 0),
    lambda: random.randrange(10, 1, 2),
    lambda: random.randrange(1.5),
    lambda: random.randrange(10, step=2),
    lambda: random.sample([1], 2),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2], 1, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[0, 0]),
    lambda: random.choices([1], [1, 2]),
    lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.choices([1, 2], 3),
    lambda: random.getrandbits(-1),
    lambda: random.gammavariate(-1, 1),
    lambda: random.seed([1, 2]),
    lambda: random.setstate((1, (), None)),
    lambda: random.setstate((3, (1, 2), None)),
    lambda: random.Random().setstate((3, tuple(range(625)), None)) or "ok",
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
