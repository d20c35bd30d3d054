from harness import Writer

w = Writer('str_methods.txt')
S = ['', 'a', 'abc', 'Hello World', '  hello  world  ', 'a,b,,c,', 'ABC def GHI', 'ß straße', 'ǅemal', 'ΟΔΟΣ Σ', 'ﬁne ǆ',
     'x\ty\n z', 'a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l', '😀a😀b😀', 'I\u0307stanbul İ', '123', '١٢٣', '²³',
     'Ⅻ', '一二三', 'abc123', '_id', '1abc', 'tab\there', 'MiXeD cAsE', "they're bill's friends", 'hello\u00a0world', '\u2003x\u3000',
     'ab\x00cd', 'e\u0301', 'ǈ', 'ﬀ', 'ŉ', '\x1fa\x1c']

for s in S:
    for m in ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii', 'isdecimal',
              'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'split',
              'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', '__len__', 'expandtabs', '__str__', '__repr__', '__hash__']:
        if m == '__hash__':
            continue
        w.method(s, m)
    w.method(s, 'splitlines', True)
    w.method(s, 'splitlines', keepends=True)
    w.method(s, 'expandtabs', 4)
    w.method(s, 'expandtabs', tabsize=0)
    for width in [0, 5, 12]:
        w.method(s, 'center', width)
        w.method(s, 'ljust', width, '*')
        w.method(s, 'rjust', width, '😀')
        w.method(s, 'zfill', width)
        w.method(s, 'center', width, '-')

for s in ['hello world', 'aaaa', 'abcabcabc', '', 'a😀b😀c', 'mississippi']:
    for sub in ['', 'a', 'l', 'ab', 'bc', 'zz', '😀', 'ss', 'issi']:
        for args in [(), (1,), (-3,), (2, 5), (None, 4), (-100, 100), (5, 2), (None, None), (0, -1)]:
            for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
                w.method(s, m, sub, *args)
    for sub in [('he', 'wo'), ('x', 'y'), (), ('mis',)]:
        w.method(s, 'startswith', sub)
        w.method(s, 'endswith', sub)
        w.method(s, 'startswith', sub, 1)
    for sep in [None, ' ', 'l', 'ss', 'a', '😀', 'xyz']:
        for maxsplit in [-1, 0, 1, 2]:
            w.method(s, 'split', sep, maxsplit)
            w.method(s, 'rsplit', sep, maxsplit)
        w.method(s, 'split', sep=sep)
        w.method(s, 'rsplit', maxsplit=1, sep=sep)
        if sep:
            w.method(s, 'partition', sep)
            w.method(s, 'rpartition', sep)
    for old, new in [('a', 'x'), ('', '-'), ('ss', ''), ('😀', 'é'), ('l', 'LL')]:
        for count in [-1, 0, 1, 2]:
            w.method(s, 'replace', old, new, count)
    for chars in [None, 'm', 'ims', 'h', '😀a', '']:
        w.method(s, 'strip', chars)
        w.method(s, 'lstrip', chars)
        w.method(s, 'rstrip', chars)
    for p in ['hel', 'mis', '', 'xyz', 'a😀']:
        w.method(s, 'removeprefix', p)
        w.method(s, 'removesuffix', p[::-1])

# split with whitespace variants
for s in ['  a  b  ', '\x1ca\x1fb\x85c\u3000d', 'a\tb\nc\rd\x0be\x0cf', '   ', '', 'one']:
    for ms in [-1, 0, 1, 2]:
        w.method(s, 'split', None, ms)
        w.method(s, 'rsplit', None, ms)

# join
w.method(',', 'join', ['a', 'b', 'c'])
w.method('', 'join', ('x', 'y'))
w.method('😀', 'join', ['a', 'b'])
w.method(', ', 'join', [])
w.method(', ', 'join', ['a', 1])
w.method(', ', 'join', 'abc')
w.method(', ', 'join', {'k': 1, 'j': 2})
w.method(', ', 'join', 5)

# errors
w.method('abc', 'find', 1)
w.method('abc', 'find')
w.method('abc', 'find', 'a', 'b')
w.method('abc', 'find', 'a', 1.5)
w.method('abc', 'split', '')
w.method('abc', 'rsplit', '')
w.method('abc', 'split', 1)
w.method('abc', 'partition', '')
w.method('abc', 'index', 'z')
w.method('abc', 'rindex', 'z')
w.method('abc', 'center', 5, 'ab')
w.method('abc', 'center', 'x')
w.method('abc', 'startswith', 1)
w.method('abc', 'startswith', ('a', 1))
w.method('abc', 'replace', 'a')
w.method('abc', 'replace', 'a', 1)
w.method('abc', 'strip', 1)
w.method('abc', 'count', 'a', 0, 1, 2)
w.method('abc', 'split', ',', maxsplit='1')
w.method('abc', 'split', ',', 1, 2)
w.method('abc', 'split', x=1)
w.method('abc', 'zfill', '3')
w.method('abc', 'expandtabs', 'x')
w.method('abc', 'join')
w.method('-1', 'zfill', 5)
w.method('+1', 'zfill', 5)
w.method('-', 'zfill', 3)
w.method('abc', 'encode', 'nope')

# maketrans / translate
w.method('hello', 'translate', {104: 'J', 101: None, 108: 'LL'})
w.method('hello', 'translate', {ord('o'): 48})
w.method('hello', 'translate', [])
w.method('hello', 'translate', {ord('h'): 1.5})
w.method('hello😀', 'translate', {0x1F600: 'x'})
w.call('str', 'x')
w.method('', 'maketrans', 'abc', 'xyz')
w.method('', 'maketrans', 'abc', 'xyz', 'h')
w.method('', 'maketrans', {'a': 'b', 98: None})
w.method('', 'maketrans', 'ab', 'x')
w.method('', 'maketrans', {'ab': 1})
w.method('', 'maketrans', 1)

# format / format_map
fm = [
    ('{} {}', (1, 2), {}), ('{0} {1} {0}', ('a', 'b'), {}), ('{x} {y!r}', (), {'x': 1, 'y': 'q'}),
    ('{0[1]} {0[a]}', ({'a': 5, 1: 'one'},), {}), ('{0[0]}{0[2]}', ([9, 8, 7],), {}), ('{:>10}|{:<5}|{:^7}', ('r', 'l', 'c'), {}),
    ('{:{w}.{p}f}', (3.14159,), {'w': 10, 'p': 2}), ('{{}} {{{0}}}', (7,), {}), ('{0.real} {0.imag}', (3 + 4j,), {}),
    ('{!s:>5}{!a}', ('x', 'é'), {}), ('{} {0}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{', (), {}), ('}', (), {}),
    ('{0!x}', (1,), {}), ('{5}', (1,), {}), ('{a}', (), {}), ('{:d}', ('s',), {}), ('{0:{1}}', (5, '>3'), {}),
    ('{0[-1]}', ([1],), {}), ('{0.nope}', (1,), {}), ('{:,}', (1234567,), {}), ('{:_b}', (255,), {}), ('{!r:^10}', ('hi',), {}),
    ('{0[}', (1,), {}), ('{0]}', (1,), {}), ('{:{}}{}', ('a', 3, 'b'), {}), ('{0:{0}}', (3,), {}), ('{[0]}', ((1, 2),), {}),
    ('{0:{1:{2}}}', (1, 2, 3), {}), ('{0!}', (1,), {}), ('{0!rr}', (1,), {}), ('{ 0 }', (), {' 0 ': 5}), ('{0[ 1 ]}', ({' 1 ': 'sp'},), {}),
    ('{0[1]}', ('abc',), {}), ('{0[1:2]}', ({'1:2': 'z'},), {}), ('{😀}', (), {'😀': 'emoji'}), ('x{}y', ('😀',), {}),
    ('{:%}', (0.25,), {}), ('{:.2%}', (1 / 3,), {}), ('{:e}', (12345.678,), {}), ('{:g}', (1e-5,), {}), ('{:#x}', (255,), {}),
    ('{0:}', ('a',), {}), ('{:=+8}', (5,), {}), ('{:08.3f}', (-3.14159,), {}), ('{:c}', (65,), {}), ('{!r}', (None,), {}),
]
for fmt, args, kw in fm:
    w.method(fmt, 'format', *args, **kw)
w.method('{a} {b}', 'format_map', {'a': 1, 'b': [2]})
w.method('{a}', 'format_map', {})
w.save()

# characters whose properties differ between Unicode versions or that repr escapes
w2 = Writer('str_unicode.txt')
for cp in [0x897, 0xcf3, 0x1b4e, 0x2427, 0xe0000, 0xe0100, 0x10ffff, 0xad, 0x85, 0xa0, 0x2028, 0x200b, 0xfeff, 0x1f600,
           0x1f9ff, 0x30000, 0x31350, 0x2fffe, 0x7f, 0x9f, 0x37e, 0x1e94b, 0x16fe4, 0x10570]:
    s = chr(cp) + 'a'
    for m in ['__repr__', 'isprintable', 'isidentifier', 'isalpha', 'upper', 'lower', 'isspace', 'isnumeric', 'title']:
        w2.method(s, m)
w2.save()
