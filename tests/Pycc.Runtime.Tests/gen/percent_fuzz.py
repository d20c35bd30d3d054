"""Data/percent_fuzz.txt: printf-style % with random flags, widths, precisions and conversions."""
import random

from harness import Writer

w = Writer('percent_fuzz.txt')
rnd = random.Random(7)
values = [0, 7, -42, 2**70, 3.5, -0.0, 1e-9, 12345.6789, float('inf'), 'ab', 'é', True, None, [1], 65]
for _ in range(2500):
    conv = rnd.choice('sradiouxXeEfFgGc%')
    flags = ''.join(rnd.choice('-+ #0') for _ in range(rnd.randint(0, 2)))
    width = str(rnd.randint(0, 12)) if rnd.random() < 0.5 else ''
    prec = '.' + str(rnd.randint(0, 8)) if rnd.random() < 0.4 else ''
    fmt = 'x%' + flags + width + prec + conv + 'y'
    v = rnd.choice(values)
    w.op('%', fmt, (v,) if conv != '%' else ())
    if rnd.random() < 0.2:
        w.op('%', fmt.encode(), (v if not isinstance(v, str) else v.encode('utf-8'),) if conv != '%' else ())
w.save()
