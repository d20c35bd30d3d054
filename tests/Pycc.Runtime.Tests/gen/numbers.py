from harness import Writer

w = Writer('numbers.txt')
inf, nan = float('inf'), float('nan')
I = [0, 1, -1, 5, -7, 255, 2**31, -2**63, 2**63 - 1, 2**64, -10**30, True, False]
for v in I:
    for m in ['bit_length', 'bit_count', 'conjugate', 'as_integer_ratio', '__round__', '__trunc__', '__floor__', '__ceil__',
              '__index__', '__int__', '__float__', '__abs__', '__neg__', '__pos__', '__invert__', '__bool__', '__repr__',
              '__str__', '__hash__', 'is_integer', '__getnewargs__']:
        w.method(v, m)
    for a in [(3,), (-3,), (0,), (2.5,), (10**20,)]:
        w.method(v, '__divmod__', *a)
        w.method(v, '__rdivmod__', *a)
        w.call('divmod', v, *a)
    w.method(v, '__round__', -1)
    w.method(v, '__round__', 2)
    w.method(v, '__round__', None)
    w.call('round', v, -2)
    w.method(v, 'to_bytes', 16, 'little', signed=True)
    w.method(v, 'to_bytes', 8, 'big')
    w.method(v, 'to_bytes')
    w.method(v, '__pow__', 2)
    w.method(v, '__pow__', 3, 7)
    w.method(v, '__pow__', -1)
    w.call('pow', v, 3, 5)
    w.call('pow', v, -1, 7)
    w.call('pow', v, 0.5)
    for attr_m in ['real', 'imag', 'numerator', 'denominator']:
        pass
w.method(1, 'to_bytes', 1, 'mid')
w.method(1, 'to_bytes', -1, 'big')
w.method(256, 'to_bytes', 1, 'big')
w.method(-1, 'to_bytes', 1, 'big')
w.method(1, 'to_bytes', length=2, byteorder='little')
w.method(0, 'from_bytes', b'\x01\x00', 'little')
w.method(0, 'from_bytes', b'\xff\xff', 'big', signed=True)
w.method(0, 'from_bytes', [1, 2, 3])
w.method(0, 'from_bytes', 'ab', 'big')
w.method(0, 'from_bytes', b'')
w.call('pow', 2, 3, 0)
w.call('pow', 2.0, 3, 5)
w.call('pow', 0, -1)
w.call('pow', 3, -1, 6)
w.call('pow', base=2, exp=10)
w.call('pow', 2, 10, mod=1000)

F = [0.0, -0.0, 1.5, -2.5, 0.1, 1e300, -1e-300, 5e-324, inf, -inf, nan, 3.0, 2.675, 1e16, 123456.789]
for v in F:
    for m in ['is_integer', 'as_integer_ratio', 'hex', 'conjugate', '__round__', '__trunc__', '__floor__', '__ceil__',
              '__int__', '__float__', '__abs__', '__neg__', '__pos__', '__bool__', '__repr__', '__hash__', '__getnewargs__']:
        if m == '__hash__' and v != v:
            continue
        w.method(v, m)
    for nd in [0, 1, 2, -1, -2, 5, 400, -400]:
        w.method(v, '__round__', nd)
    for a in [2.0, -3.5, 0.0, 3, 0]:
        w.call('divmod', v, a)
        w.method(v, '__divmod__', a)
        w.method(v, '__pow__', a)
    w.method(v, '__pow__', 2, 3)
    w.call('float', v)
    w.call('int', v)
    w.call('round', v)
for s in ['0x1.8p1', '1.8p1', ' -0X1P-2 ', 'inf', '-Infinity', 'nan', '0x1p2000', 'zz', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x.8', '0x8.', '0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x', '0x1p', '1e5',
          '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x0.0000000000001p-1022', '-0x0p0', '0x1p+3', 'abc.def']:
    w.method(0.0, 'fromhex', s)
for s in ['1', '  12  ', '-0', '1_000', '1__0', '_1', '0x10', '0b101', '0o17', '1e3', 'abc', '١٢٣', '+5', '- 5', '', ' ',
          '9' * 30, '0' * 5, '00', '12\n']:
    w.call('int', s)
    w.call('float', s)
    w.call('complex', s)
for s, b in [('ff', 16), ('0xff', 16), ('0xff', 0), ('010', 0), ('0', 0), ('z', 36), ('10', 2), ('12', 2), ('1', 1), ('1', 37),
             ('0b_1', 0), ('0_7', 0), ('7', 8), (b'12', 10), (12, 10), ('  -0o17 ', 0)]:
    w.call('int', s, b)
w.call('int', '1' * 4301)
w.call('int', '1' * 4300)
w.call('str', 10 ** 4300)
w.call('str', 10 ** 4299)
w.call('repr', -10 ** 4299)
w.call('hex', 10 ** 5000 > 0)
w.call('int', x=5)
w.call('int', '5', base=10)
w.call('int', 1, 2, 3)
w.call('int', 2.5)
w.call('int', -2.5)
w.call('int', inf)
w.call('int', nan)
w.call('int', 1e30)
w.call('int', [1])
w.call('float', '1_0.5')
w.call('float', '1e')
w.call('float', '.5')
w.call('float', '5.')
w.call('float', 'infinity')
w.call('float', '-iNF')
w.call('float', 10**400)
w.call('float', [1])
w.call('float', 2**1023 * 2 - 1)
w.call('float', 10**30)
w.call('float', 2**53 + 1)
w.call('float', -(2**64 + 2**11 + 1))

C = [1 + 2j, -1.5j, 0j, complex(inf, nan), complex(3, 0), complex(-0.0, 1)]
for v in C:
    for m in ['conjugate', '__abs__', '__neg__', '__pos__', '__bool__', '__repr__', '__complex__', '__getnewargs__']:
        w.method(v, m)
    w.call('abs', v)
    for o in [2, 1.5, 1j, 0, 0j]:
        for op in ['+', '-', '*', '/', '**', '==', '//', '%']:
            w.op(op, v, o)
    w.method(v, '__pow__', 2, 3)
for args in [(1, 2), (1.5,), ('1+2j',), ('(1-2j)',), ('j',), ('-j',), (' 1.5e3-2J ',), ('1+',), (1j, 1j), ('1', 2), (None,),
             (), ([1],), (True, False), (complex(1, 2), 3)]:
    w.call('complex', *args)
w.call('complex', real=1, imag=2)
w.call('complex', imag=-0.0)

for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (2**70, 3), (1, 0), (1.0, 0), (0, 0.0), (10**20, 10**19 + 7)]:
    for op in ['/', '//', '%', '**', '<<', '>>', '&', '|', '^']:
        if op in ('**', '<<') and isinstance(b, int) and b > 1000:
            continue
        w.op(op, a, b)
for a, b in [(1, 1.0), (2**53 + 1, 2.0**53), (10**400, inf), (-10**400, -inf), (1, nan), (True, 1), (0.1 + 0.2, 0.3),
             (2**63, 9.223372036854776e18), (1, 1 + 0j)]:
    for op in ['==', '<', '>=']:
        w.op(op, a, b)
w.call('abs', -5)
w.call('abs', -2**63)
w.call('abs', -0.0)
w.call('abs', 'x')
w.call('round', 2.5)
w.call('round', 3.5)
w.call('round', -0.5)
w.call('round', 1234.5678, -2)
w.call('round', 2.675, 2)
w.call('round', 1.5, None)
w.call('round', 'x')
w.call('round', 5, 'x')
w.call('divmod', 'a', 1)
w.call('divmod', 1j, 1)
w.call('hash', -1)
w.call('hash', 2**61 - 1)
w.call('hash', 2**61)
w.call('hash', -2**61 - 5)
w.call('hash', 1e300)
w.call('hash', 0.1)
w.call('hash', -0.5)
w.call('hash', 1 + 1j)
w.call('hash', complex(0, -1))
w.call('hash', 10**100)
w.call('bin', 10)
w.call('bin', -10)
w.call('oct', 8)
w.call('hex', -255)
w.call('hex', 2**100)
w.call('hex', 1.5)
w.call('bin', True)
w.save()

# long digit strings in several bases (the parser gathers digits a machine word at a time)
import random as _r
_rnd = _r.Random(11)
w2 = Writer('int_parse.txt')
for base in [2, 3, 7, 8, 10, 16, 36]:
    for n in [19, 20, 63, 64, 65, 200, 1000]:
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:base]
        s = _rnd.choice('123456789abcdefghijklmnopqrstuvwxyz'[:base - 1]) + ''.join(_rnd.choice(digits) for _ in range(n - 1))
        w2.call('int', s, base)
        w2.call('int', '-' + s[:len(s) // 2] + '_' + s[len(s) // 2:], base)
w2.save()
