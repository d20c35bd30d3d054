"""Data/format_fuzz.txt: format() with random combinations of every part of the spec grammar."""
import random

from harness import Writer

w = Writer('format_fuzz.txt')
rnd = random.Random(99)


def spec():
    parts = []
    if rnd.random() < 0.4:
        parts.append(rnd.choice(['', '*', '0', ' ', '€', 'x']) + rnd.choice('<>=^'))
    if rnd.random() < 0.3:
        parts.append(rnd.choice('+- '))
    if rnd.random() < 0.1:
        parts.append('z')
    if rnd.random() < 0.2:
        parts.append('#')
    if rnd.random() < 0.2:
        parts.append('0')
    if rnd.random() < 0.5:
        parts.append(str(rnd.randint(0, 25)))
    if rnd.random() < 0.25:
        parts.append(rnd.choice(',_'))
    if rnd.random() < 0.5:
        parts.append('.' + str(rnd.randint(0, 18)))
    if rnd.random() < 0.7:
        parts.append(rnd.choice('bcdeEfFgGnosxX%'))
    return ''.join(parts)


values = [0, 1, -1, 42, -42, 1234567, -987654321, 2**64 + 1, 0.0, -0.0, 0.5, -1.25, 3.14159265, 1e-7, 6.02e23, -2.5e-300,
          float('inf'), float('nan'), 'text', '', 'ünï', True, 1 + 2j, -0.5j]
for _ in range(4000):
    v = rnd.choice(values)
    w.call('format', v, spec())
w.save()
