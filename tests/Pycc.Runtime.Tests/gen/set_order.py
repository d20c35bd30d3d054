"""Data/set_order.txt: scenarios of set operations; CPython's resulting iteration order (and pop results).

Each line: X <TAB> steps <TAB> expected. Steps are applied to a current set, starting from set().
"""
import random

from harness import Writer, enc, outcome

w = Writer('set_order.txt')
rnd = random.Random(77)
BINOPS = {'|': lambda a, b: a | b, '&': lambda a, b: a & b, '-': lambda a, b: a - b, '^': lambda a, b: a ^ b,
          '|=': None, '&=': None, '-=': None, '^=': None}


def run(steps):
    cur = set()
    pops = []
    for st in steps:
        name, args = st[0], st[1:]
        if name == 'new':
            cur = set(args[0])
        elif name == 'newf':
            cur = frozenset(args[0])
        elif name in BINOPS:
            other = set(args[0])
            if name.endswith('='):
                ns = {'a': cur, 'b': other}
                exec('a ' + name + ' b', ns)
                cur = ns['a']
            else:
                cur = BINOPS[name](cur, other)
        elif name == 'pop':
            pops.append(cur.pop())
        else:
            r = getattr(cur, name)(*args)
            if name in ('copy', 'union', 'intersection', 'difference', 'symmetric_difference'):
                cur = r
    return 'pops:%r final:%r' % (pops, list(cur))


def scenario(steps):
    res = outcome(lambda: run(steps))
    w.lines.append('\t'.join(['X', enc(steps), res]))


# growth from empty, by adds and by set(range)
for n in list(range(0, 60)) + [80, 85, 170, 171, 341, 342, 684, 685, 1000]:
    scenario([('new', list(range(n)))])
for n in [5, 10, 21, 43, 87, 200]:
    scenario([('add', x) for x in range(n, 0, -1)])
    scenario([('new', [x * 8 for x in range(n)])])
    scenario([('new', [-x for x in range(n)])])
    scenario([('new', [x * 1000003 for x in range(n)])])

pools = [lambda: rnd.randint(0, 50), lambda: rnd.randint(-1000, 1000), lambda: rnd.randint(0, 2 ** 64),
         lambda: rnd.randint(-2 ** 70, 2 ** 70), lambda: rnd.choice([rnd.randint(0, 100), rnd.randint(0, 100) / 4, (rnd.randint(0, 9), rnd.randint(0, 9))]),
         lambda: rnd.randint(0, 10 ** 6) * 64]
for k in range(220):
    pool = pools[k % len(pools)]
    steps = []
    for _ in range(rnd.randint(5, 120)):
        r = rnd.random()
        if r < 0.55:
            steps.append(('add', pool()))
        elif r < 0.8:
            steps.append(('discard', pool()))
        elif r < 0.85:
            steps.append(('pop',))
        elif r < 0.88:
            steps.append(('update', [pool() for _ in range(rnd.randint(0, 30))]))
        elif r < 0.9:
            steps.append(('copy',))
        elif r < 0.92:
            steps.append(('difference_update', [pool() for _ in range(rnd.randint(0, 30))]))
        elif r < 0.93:
            steps.append(('clear',))
        else:
            op = rnd.choice(['|', '&', '-', '^', '|=', '&=', '-=', '^=', 'union', 'intersection', 'difference',
                             'symmetric_difference', 'intersection_update', 'symmetric_difference_update'])
            other = [pool() for _ in range(rnd.choice([0, 3, 10, 40]))]
            steps.append((op, other))
    scenario(steps)

# sets built from dicts, frozensets, copies after deletions
for n in [3, 8, 20, 50]:
    d = {rnd.randint(-500, 500): 0 for _ in range(n)}
    scenario([('new', d)])
    scenario([('new', list(range(n * 3))), ('difference_update', list(range(0, n * 3, 2))), ('copy',)])
    scenario([('newf', [rnd.randint(0, 1000) for _ in range(n)]), ('union', [1, 2, 3])])
    scenario([('new', list(range(n))), ('pop',), ('pop',), ('clear',), ('add', 5), ('add', 13), ('pop',)])
w.save()
