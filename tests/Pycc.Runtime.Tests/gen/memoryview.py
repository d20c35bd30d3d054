"""Data/memoryview.txt: V <source> <method or attribute> <args> <expected>, on a fresh memoryview each time."""
from harness import Writer, enc, outcome

w = Writer('memoryview.txt')
# Each case builds a fresh memoryview, so results never depend on earlier cases.
for src in [b'', b'abcdef', bytearray(b'xyz')]:
    for m, args in [('tobytes', ()), ('tolist', ()), ('hex', ()), ('hex', (':',)), ('__len__', ()), ('__getitem__', (0,)),
                    ('__getitem__', (-1,)), ('__getitem__', (10,)), ('__getitem__', ('a',)), ('__eq__', (bytes(src),)), ('__eq__', (b'zz',)),
                    ('__setitem__', (0, 65)), ('__setitem__', (0, 256)), ('__setitem__', (0, 'a')), ('__delitem__', (0,)),
                    ('__getitem__', (slice(1, None, 2),)), ('__contains__', (98,)), ('__iter__', ())]:
        def run(src=src, m=m, args=args):
            v = getattr(memoryview(src), m)(*args)
            if type(v) is memoryview:
                v = ('memoryview', v.tobytes())
            elif m == '__iter__':
                v = list(v)
            return v
        w.lines.append('\t'.join(['V', enc(src), m, enc(args), outcome(run)]))
for attr in ['readonly', 'nbytes', 'format', 'itemsize', 'ndim', 'shape', 'strides', 'suboffsets', 'contiguous']:
    for src in [b'abc', bytearray(b'ab')]:
        w.lines.append('\t'.join(['V', enc(src), attr, '()', outcome(lambda: getattr(memoryview(src), attr))]))
w.save()
