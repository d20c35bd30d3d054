# Functions as values: passing, returning, storing; map/filter/sorted with functions.
def apply_twice(f, x):
    return f(f(x))
def add3(x):
    return x + 3
print(apply_twice(add3, 10), apply_twice(lambda s: s + s, "ab"))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str, abs, lambda v: v * 2)
print(repr(pipeline(-21)))
def make_validator(min_len, max_len):
    def validate(s):
        return min_len <= len(s) <= max_len
    return validate
v = make_validator(2, 4)
print([w for w in ["a", "ab", "abcd", "abcde"] if v(w)])
print(list(map(str.upper, ["x", "y"])), list(filter(str.isdigit, ["1", "a", "22"])))
table = {"double": lambda x: x * 2, "neg": lambda x: -x, "sq": lambda x: x ** 2}
for name in sorted(table):
    print(name, table[name](7))
def reduce_(fn, seq, init):
    acc = init
    for item in seq:
        acc = fn(acc, item)
    return acc
print(reduce_(lambda a, b: a * b, range(1, 8), 1), reduce_(max, [3, 9, 2], 0))
def partial(fn, *bound):
    return lambda *rest: fn(*bound, *rest)
p = partial(pow, 2)
print(p(10), partial(max, 5)(1, 2))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
