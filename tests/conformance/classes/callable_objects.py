# __call__ makes instances callable; stateful function objects.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(100), [1, 2, 3])))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        r = self.cache[args] = self.fn(*args)
        return r
@Memo
def slow_square(x):
    return x * x
print(slow_square(4), slow_square(4), slow_square(5), slow_square.hits)
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return args, kwargs
c = Counter()
print(c(1, a=2), c(), c.count)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __getattr__(self, name):
        return Chain(f"{self.path}/{name}")
    def __call__(self):
        return self.path or "/"
print(Chain().users.list(), Chain()())
