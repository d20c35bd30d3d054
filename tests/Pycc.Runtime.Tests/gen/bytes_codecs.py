from harness import Writer

w = Writer('bytes_codecs.txt')
B = [b'', b'abc', b'Hello World', b'  a b  ', b'a,b,,c', b'x\ty\nz\r\nw', b'\x00\xff\x80', b'ABC def', b'123', b'mississippi']
for b in B:
    for t in (bytes, bytearray):
        v = t(b)
        for m in ['capitalize', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower',
                  'isspace', 'istitle', 'isupper', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'hex', '__len__',
                  'decode', '__repr__', 'expandtabs', 'copy', 'reverse', 'clear', 'pop']:
            if m in ('copy', 'reverse', 'clear', 'pop') and t is bytes:
                continue
            w.method(v, m)
        w.method(v, 'splitlines', True)
        w.method(v, 'hex', ':')
        w.method(v, 'hex', b'-', 2)
        w.method(v, 'hex', ':', -2)
        w.method(v, 'hex', '::')
        for sub in [b'', b'a', b'ss', b'zz', 97, 300, 'a', bytearray(b's')]:
            for args in [(), (1,), (-3, None), (2, 5)]:
                for m in ['find', 'rfind', 'index', 'rindex', 'count']:
                    w.method(v, m, sub, *args)
            if not isinstance(sub, int):
                w.method(v, 'startswith', sub)
                w.method(v, 'endswith', sub, 1)
                w.method(v, '__contains__', sub)
        w.method(v, 'startswith', (b'x', b'a'))
        w.method(v, 'startswith', 5)
        w.method(v, '__contains__', 97)
        for sep in [None, b' ', b'a', b'ss', b'', ' ']:
            for ms in [-1, 1]:
                w.method(v, 'split', sep, ms)
                w.method(v, 'rsplit', sep, ms)
            if sep:
                w.method(v, 'partition', sep)
                w.method(v, 'rpartition', sep)
        for old, new in [(b'a', b'XY'), (b'', b'-'), (b'ss', b''), ('a', b'b')]:
            w.method(v, 'replace', old, new)
            w.method(v, 'replace', old, new, 1)
        for chars in [None, b'am', b' ', 'a']:
            w.method(v, 'strip', chars)
        for width in [0, 6, 15]:
            w.method(v, 'center', width)
            w.method(v, 'ljust', width, b'*')
            w.method(v, 'rjust', width, bytearray(b'.'))
            w.method(v, 'zfill', width)
        w.method(v, 'center', 9, 'x')
        w.method(v, 'center', 9, b'xy')
        w.method(v, 'removeprefix', b'ab')
        w.method(v, 'removesuffix', b'bc')
        w.method(v, 'join', [b'1', bytearray(b'2'), b'3'])
        w.method(v, 'join', [b'1', '2'])
        w.method(v, 'join', 5)
        w.method(v, 'translate', bytes.maketrans(b'abc', b'xyz'))
        w.method(v, 'translate', None, b'aeiou')
        w.method(v, 'translate', b'short')
        w.method(v, '__getitem__', 0)
        w.method(v, '__getitem__', -1)
        w.method(v, '__getitem__', 100)
        w.method(v, '__getitem__', slice(1, None, 2))
        w.method(v, '__getitem__', 'a')
        w.method(v, '__add__', b'!')
        w.method(v, '__add__', bytearray(b'!'))
        w.method(v, '__mul__', 3)
        w.method(v, 'decode', 'ascii')
        w.method(v, 'decode', 'latin-1')
        w.method(v, 'decode', 'utf-8', 'replace')
        w.method(v, 'decode', 'utf-8', 'ignore')
        w.method(v, 'decode', 'utf-8', 'backslashreplace')
        w.method(v, 'decode', 'ascii', 'surrogateescape')
        w.method(v, 'decode', 'nope')
        w.method(v, 'decode', 'utf-8', 'nope')
        w.method(v, 'decode', encoding='utf-16')
for ba in [bytearray(b'abc'), bytearray()]:
    for m, args in [('append', (100,)), ('append', (256,)), ('append', ('a',)), ('extend', (b'xy',)), ('extend', ([1, 2],)),
                    ('extend', (5,)), ('extend', ('ab',)), ('insert', (1, 120)), ('insert', (-100, 120)), ('insert', (0, 300)),
                    ('pop', (0,)), ('pop', (5,)), ('remove', (98,)), ('remove', (7,)), ('__setitem__', (0, 65)),
                    ('__setitem__', (0, 256)), ('__setitem__', (slice(0, 2), b'XYZ')), ('__setitem__', (slice(0, 2), [1, 2])),
                    ('__setitem__', (slice(None, None, 2), b'12')), ('__setitem__', (slice(0, 1), 5)), ('__delitem__', (0,)),
                    ('__delitem__', (slice(None, None, 2),)), ('__iadd__', (b'!!',)), ('__iadd__', ('x',)), ('__imul__', (2,)),
                    ('__contains__', (98,)), ('__contains__', (b'bc',)), ('__eq__', (b'abc',)), ('__lt__', (b'abd',))]:
        w.method(ba, m, *args)
for s in ['', 'abc', 'héllo', '日本', '😀x', 'a\udc80b', '\x00\x7f\x80\xff', 'ab\u20acc']:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'UTF8', 'Latin_1', 'utf_8_sig', 'cp1252x']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']:
            w.method(s, 'encode', enc, errors)
w.method('abc', 'encode', encoding='ascii', errors='strict')
w.method('abc', 'encode', errors='strict')
for data in [b'\xff', b'\xc3', b'\xc3(', b'\xe2\x82', b'\xe2\x82(', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'\xed\xa0\x80', b'\xc0\x80',
             b'a\x80b\xf5c', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'\xff\xfe', b'\xff\xfea\x00', b'a\x00\x00', b'\x00\xd8\x00\xdc',
             b'\x00\xdc', b'\x00\xd8a\x00', b'\x00\xd8', b'\xff\xff\x10\x00', b'\x00\x00\xd8\x00']:
    for enc in ['utf-8', 'ascii', 'utf-16-le', 'utf-16', 'utf-32-le', 'latin-1']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
            w.method(data, 'decode', enc, errors)
for args, kw in [((), {}), ((3,), {}), (([1, 2, 255],), {}), (([256],), {}), ((['a'],), {}), (('abc',), {}), (('abc', 'utf-8'), {}),
                 (('é', 'ascii'), {}), (('é', 'ascii', 'replace'), {}), ((b'xy', 'utf-8'), {}), ((-1,), {}), ((1.5,), {}),
                 ((bytearray(b'q'),), {}), (((1, 2),), {}), ((), {'source': b'z'}), ((), {'x': 1}), (('a',), {'encoding': 'utf-8'}),
                 ((range(3),), {}), ((True,), {})]:
    w.call('bytes', *args, **kw)
    w.call('bytearray', *args, **kw)
w.method(b'', 'fromhex', '0a 1B ff')
w.method(b'', 'fromhex', 'abc')
w.method(b'', 'fromhex', 'a g')
w.method(bytearray(), 'fromhex', '00 01')
w.method(b'', 'maketrans', b'ab', b'cd')
w.method(b'', 'maketrans', b'ab', b'c')
for a, b in [(b'abc', b'abd'), (b'abc', bytearray(b'abc')), (bytearray(b'a'), b'b'), (b'a', 'a')]:
    for op in ['==', '<', '>=', '+']:
        w.op(op, a, b)
for f, a in [(b'%s', b'x'), (b'%d %x', (3, 255)), (b'%5.1f|', 2.25)]:
    w.op('%', f, a)
w.call('ord', b'a')
w.call('ord', b'ab')
w.call('ord', bytearray(b'z'))
w.call('list', b'\x01\x02')
w.call('memoryview', 5)
w.save()
