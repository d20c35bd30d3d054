# Recursive inner functions and closures referring to themselves.
def tree_sum(tree):
    def walk(node):
        if isinstance(node, int):
            return node
        return sum(walk(child) for child in node)
    return walk(tree)
print(tree_sum([1, [2, 3], [[4], [5, [6]]]]))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(fib.cache))
def make_y():
    def countdown(n):
        if n == 0:
            return ["liftoff"]
        return [n] + countdown(n - 1)
    return countdown
print(make_y()(5))
def collatz_len(n, _cache={1: 1}):
    if n not in _cache:
        _cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return _cache[n]
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
