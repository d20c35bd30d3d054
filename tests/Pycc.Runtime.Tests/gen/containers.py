from harness import Writer

w = Writer('containers.txt')

# ---------------------------------------------------------------- list
L = [[], [1], [3, 1, 2], [1, 2, 3, 2, 1], ['b', 'a', 'c'], [1, 'a', None], [[1], [2]], [1.5, 2, True]]
for l in L:
    for m, args in [('append', (9,)), ('extend', ([7, 8],)), ('extend', ((5,),)), ('extend', ('ab',)), ('extend', (5,)),
                    ('insert', (0, 'x')), ('insert', (-1, 'x')), ('insert', (100, 'x')), ('insert', (-100, 'x')), ('insert', (1,)),
                    ('insert', (10**30, 1)), ('pop', ()), ('pop', (0,)), ('pop', (-1,)), ('pop', (5,)), ('pop', ('a',)), ('pop', (1, 2)),
                    ('remove', (1,)), ('remove', (99,)), ('index', (1,)), ('index', (2, 1)), ('index', (1, -2)), ('index', (1, 0, 1)),
                    ('index', (99,)), ('index', ()), ('index', (1, None)), ('index', (1, 0, 1, 2)), ('count', (1,)), ('count', ()),
                    ('reverse', ()), ('sort', ()), ('copy', ()), ('clear', ()), ('__len__', ()), ('__contains__', (2,)),
                    ('__getitem__', (0,)), ('__getitem__', (-1,)), ('__getitem__', (True,)), ('__getitem__', ('a',)),
                    ('__getitem__', (slice(1, None),)), ('__getitem__', (slice(None, None, -1),)), ('__getitem__', (slice(0, 10, 2),)),
                    ('__getitem__', (10**30,)), ('__setitem__', (0, 'z')), ('__setitem__', (slice(0, 1), [7, 8, 9])),
                    ('__setitem__', (slice(None, None, 2), [0, 0])), ('__setitem__', (slice(0, 1), 5)), ('__setitem__', (9, 1)),
                    ('__delitem__', (0,)), ('__delitem__', (slice(None, None, 2),)), ('__delitem__', (slice(None, None, -1),)),
                    ('__iadd__', ([0],)), ('__iadd__', (5,)), ('__imul__', (2,)), ('__imul__', (0,)),
                    ('__mul__', (2,)), ('__rmul__', (2,)), ('__add__', ([1],)), ('__add__', ((1,),)), ('__eq__', ([1],)),
                    ('__lt__', ([2],)), ('__reversed__', ())]:
        if m == '__reversed__':
            continue
        w.method(l, m, *args)
for l, kw in [([3, 1, 2], {'reverse': True}), (['b', 'A', 'c'], {'key': str.lower}), ([3, 1, 2], {'key': None}),
              ([1, 'a'], {}), ([(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')], {'key': None}), ([2.5, 1, True, -3], {}),
              ([[2, 1], [1, 2], [1]], {}), ([3, 1, 2], {'reverse': 1}), ([3, 1], {'x': 1})]:
    if 'key' in kw and kw['key'] is str.lower:
        continue
    w.method(l, 'sort', **kw)
w.method([3, 1, 2], 'sort', 1)
for a, b in [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1], [1, 0]), ([1, 'a'], [1, 'b']), ([1, 'a'], [1, 2]), ([], []),
             ([float('nan')], [float('nan')]), ([1], (1,))]:
    for op in ['==', '!=', '<', '<=', '>', '>=', '+', '*']:
        w.op(op, a, b)
w.op('*', [1, 2], 3)
w.op('*', 'ab', 2.5)
w.op('*', 2.5, 'ab')
w.op('*', [1], [2])
w.op('*', (1,), -1)
w.op('+=', [1], (2,))
w.op('+=', [1], 'ab')
w.op('*=', [1, 2], 2)
w.op('*=', [1], 'a')
w.op('in', 2, [1, 2])
w.op('in', [1], [[1]])
w.call('list', 'abc')
w.call('list', (1, 2))
w.call('list', {'a': 1, 'b': 2})
w.call('list', 5)
w.call('list', 1, 2)
w.call('list', x=1)
w.call('list')
w.call('sorted', [3, 1, 2], reverse=True)
w.call('sorted', [3, 1, 2], key=abs, reverse=False)
w.call('sorted', [3, 1, 2], None)
w.call('sorted')
w.call('sorted', [1, 'a'])

# ---------------------------------------------------------------- tuple
T = [(), (1,), (1, 2, 1), ('a', None, 2.5)]
for t in T:
    for m, args in [('count', (1,)), ('index', (1,)), ('index', (1, 1)), ('index', (99,)), ('index', ()), ('__len__', ()),
                    ('__getitem__', (0,)), ('__getitem__', (-1,)), ('__getitem__', (slice(None, None, -1),)), ('__getitem__', ('a',)),
                    ('__contains__', (1,)), ('__add__', ((9,),)), ('__add__', ([9],)), ('__mul__', (2,)), ('__hash__', ())]:
        if m == '__hash__' and any(isinstance(x, str) for x in t):
            continue
        w.method(t, m, *args)
    w.call('hash', t) if not any(isinstance(x, str) for x in t) else None
w.call('tuple', [1, 2])
w.call('tuple', 'ab')
w.call('tuple', 1)
w.call('tuple', 1, 2)
w.call('hash', ((1, 2), (3, (4, 5))))
w.call('hash', (1.5, -1, 2**70, True, 0.1, -2**61))
w.call('hash', ([1],))

# ---------------------------------------------------------------- dict
D = [{}, {'a': 1}, {'a': 1, 'b': 2, 'c': 3}, {1: 'x', 2.5: 'y', (1, 2): 'z', None: 0}, {True: 'b', 2: 'c'}]
for d in D:
    for m, args, kw in [('get', ('a',), {}), ('get', ('z', 0), {}), ('get', (), {}), ('get', (1, 2, 3), {}), ('get', ([1],), {}),
                        ('keys', (), {}), ('values', (), {}), ('items', (), {}), ('pop', ('a',), {}), ('pop', ('z',), {}),
                        ('pop', ('z', 5), {}), ('pop', (), {}), ('popitem', (), {}), ('setdefault', ('a',), {}),
                        ('setdefault', ('new', [1]), {}), ('setdefault', (), {}), ('update', ({'a': 10, 'd': 4},), {}),
                        ('update', ([('x', 1), ('y', 2)],), {}), ('update', ((), ), {'k': 'v'}), ('update', ([1],), {}),
                        ('update', (['abc'],), {}), ('update', (5,), {}), ('update', ({}, {}), {}), ('copy', (), {}), ('clear', (), {}),
                        ('__len__', (), {}), ('__contains__', ('a',), {}), ('__contains__', ([],), {}), ('__getitem__', ('a',), {}),
                        ('__getitem__', ('zz',), {}), ('__setitem__', ('a', 5), {}), ('__delitem__', ('a',), {}),
                        ('__delitem__', ('zz',), {}), ('__or__', ({'q': 1},), {}), ('__or__', ([1],), {}),
                        ('__ior__', ([('q', 2)],), {}), ('__eq__', ({'a': 1},), {}), ('__repr__', (), {}), ('__iter__', (), {}),
                        ('__lt__', ({},), {})]:
        if m == '__iter__':
            continue
        w.method(d, m, *args, **kw)
    w.call('list', reversed(d.keys())) if False else None
    w.call('repr', d.keys())
    w.call('repr', d.values())
    w.call('repr', d.items())
    w.call('len', d.items())
    w.call('list', d)
    for other in [{'a', 'b'}, ['a', 'x'], {'a': 0}.keys(), set()]:
        for op in ['&', '|', '-', '^', '==', '<=', '<', '>=', '>', '!=']:
            if isinstance(other, type({}.keys())) and op in ('&', '|', '-', '^', '==', '<=', '<', '>=', '>', '!='):
                continue
            w.op(op, d.keys(), other) if False else None
for d in [{'a': 1, 'b': 2}, {1: 1, 2: 2, 3: 3}]:
    keys = d.keys()
    for op, other in [('&', {'a', 'z', 1}), ('|', ['q']), ('-', ('a',)), ('^', {'b', 'y', 2})]:
        w.op(op, d, other)  # dict with set: TypeError
w.call('dict', [('a', 1), ('b', 2)])
w.call('dict', a=1, b=2)
w.call('dict', {'a': 1}, b=2)
w.call('dict', [('a', 1)], a=2)
w.call('dict', [1, 2])
w.call('dict', ['ab', 'cd'])
w.call('dict', ['abc'])
w.call('dict', 5)
w.call('dict', {}, {})

w.op('|', {'a': 1}, {'a': 2, 'b': 3})
w.op('|', {'a': 1}, [('b', 2)])
w.op('|=', {'a': 1}, [('b', 2)])
w.op('|=', {'a': 1}, 5)
w.op('==', {'a': 1, 'b': 2}, {'b': 2, 'a': 1})
w.op('==', {1: 1}, {1.0: 1})
w.op('<', {}, {})
w.op('in', 'a', {'a': 1})
w.op('in', [1], {'a': 1})
w.op('[]', {'a': 1}, 'b')
w.op('[]', {'a': 1}, [1])

# ---------------------------------------------------------------- set
S = [set(), {1}, {1, 2, 3}, {(1, 2), 2.5, -7}, frozenset([1, 2]), frozenset()]
for s in S:
    for m, args in [('add', (4,)), ('add', ([1],)), ('discard', (1,)), ('discard', (99,)), ('discard', ({1},)), ('remove', (1,)),
                    ('remove', (99,)), ('pop', ()), ('clear', ()), ('copy', ()), ('update', ([5, 6], {7})), ('update', (5,)),
                    ('union', ()), ('union', ([1, 9], (10,))), ('intersection', ([1, 2],)), ('intersection', ()),
                    ('intersection', ({1}, {1, 2})), ('difference', ([1],)), ('difference', ()), ('difference', ({2}, [3])),
                    ('symmetric_difference', ([1, 5],)), ('symmetric_difference', (5,)), ('intersection_update', ([1, 2, 3],)),
                    ('difference_update', ([1],)), ('symmetric_difference_update', ({1, 5},)), ('isdisjoint', ([5],)),
                    ('isdisjoint', ([1],)), ('issubset', ([1, 2, 3, 4],)), ('issubset', ({1},)), ('issuperset', ([1],)),
                    ('issuperset', ((),)), ('issubset', (5,)), ('__len__', ()), ('__contains__', (1,)), ('__contains__', ([1],)),
                    ('__contains__', ({1},)), ('__or__', ({8},)), ('__or__', ([8],)), ('__and__', ({1},)), ('__sub__', ({1},)),
                    ('__xor__', ({1, 8},)), ('__ior__', ({9},)), ('__ior__', ([9],)), ('__iand__', ({1},)), ('__isub__', ({1},)),
                    ('__ixor__', ({1},)), ('__eq__', ({1},)), ('__le__', ({1, 2, 3},)), ('__lt__', ([1],)), ('__repr__', ())]:
        w.method(s, m, *args)
for a, b in [({1, 2}, {2, 3}), ({1, 2}, frozenset({2, 3})), (frozenset({1}), {1, 2}), ({1}, [1]), (set(), set())]:
    for op in ['|', '&', '-', '^', '==', '!=', '<', '<=', '>', '>=', '|=', '&=', '-=', '^=']:
        w.op(op, a, b)
w.call('set', b'hello')
w.call('set', {'a': 1})
w.call('set', 5)
w.call('set', [[1]])
w.call('frozenset', [1, 2])
w.call('frozenset', 1, 2)
w.call('set', x=1)
for fs in [frozenset(), frozenset([1, 2, 3]), frozenset([(1, 2), 3.5, -1]), frozenset(range(100))]:
    w.call('hash', fs)
w.call('hash', {1})

# ---------------------------------------------------------------- range / slice
R = [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(-5, 5), range(0, 10**6, 7)]
for r in R:
    for m, args in [('__len__', ()), ('__getitem__', (0,)), ('__getitem__', (-1,)), ('__getitem__', (100,)), ('__getitem__', ('a',)),
                    ('__getitem__', (slice(1, None),)), ('__getitem__', (slice(None, None, -1),)), ('__getitem__', (slice(1, -1, 2),)),
                    ('__contains__', (4,)), ('__contains__', (4.0,)), ('__contains__', ('a',)), ('__contains__', (True,)),
                    ('count', (4,)), ('count', (4.0,)), ('index', (4,)), ('index', (4.0,)), ('index', ('a',)), ('__bool__', ()),
                    ('__eq__', (range(0),)), ('__repr__', ())]:
        w.method(r, m, *args)
    if len(r) > 1:  # hash((0, None, None)) depends on id(None) in 3.11
        w.call('hash', r)
    if len(r) < 100:
        w.call('list', r)
    w.call('reversed', r) if False else None
w.call('range', 1.5)
w.call('range')
w.call('range', 1, 2, 3, 4)
w.call('range', 1, 2, 0)
w.call('range', 1, step=2)
w.op('==', range(0), range(5, 5))
w.op('==', range(0, 3, 2), range(0, 4, 2))
w.op('==', range(1, 2), range(1, 3, 5))
w.op('<', range(1), range(2))
for s in [slice(None), slice(1, 10, 2), slice(-1, None, -1), slice(None, None, 0), slice(5, 1)]:
    for n in [0, 5, 20]:
        w.method(s, 'indices', n)
    w.call('repr', s)
    w.call('hash', s)
w.method(slice(1), 'indices', -1)
w.op('<', slice(1, 2), slice(1, 3))
w.op('==', slice(1, 2), slice(1, 2))
w.call('slice')
w.call('slice', 1, 2, 3, 4)
w.save()
