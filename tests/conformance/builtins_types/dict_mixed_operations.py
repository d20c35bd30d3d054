# Dict insert/delete/lookup/popitem mixes over int, float, str and tuple keys (small dicts without an
# index and large ones with), and instance dicts with attributes set in varying orders and deleted.

def run(seed):

    state = seed
    def nxt(n):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state % n
    d = {}
    log = []
    for step in range(20000):
        op = nxt(10)
        k = nxt(40)
        key = (k, k % 3) if k % 4 == 0 else (str(k) if k % 4 == 1 else (float(k) if k % 4 == 2 else k))
        if op < 5:
            d[key] = step
        elif op < 8:
            d.pop(key, None)
        elif op < 9:
            log.append(d.get(key))
        else:
            if d and nxt(5) == 0:
                log.append(d.popitem())
    return len(d), list(d.items())[:20], sum(x for x in log if isinstance(x, int)), log[-5:]
for s in range(5):
    print(run(s))
class P:
    pass
ps = []
for i in range(50):
    p = P()
    for j in range(i % 12):
        setattr(p, "a%d" % ((i + j) % 12), j)
    if i % 5 == 0 and hasattr(p, "a3"):
        del p.a3
    ps.append(sorted(vars(p).items()))
print(ps[-3:], sum(len(x) for x in ps))
