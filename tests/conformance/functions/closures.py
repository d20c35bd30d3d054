# Closures: capture by reference, counters, late binding, cell sharing.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in multipliers()])
def multipliers_fixed():
    return [(lambda i: lambda x: x * i)(i) for i in range(4)]
print([m(2) for m in multipliers_fixed()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()
print(outer()())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
add = accumulate()
add(1); add(2)
print(add(3))
print(add.__closure__ is not None, len(add.__closure__))
def shared():
    val = 0
    def setter(v):
        nonlocal val
        val = v
    def getter():
        return val
    return setter, getter
s, g = shared()
s(42)
print(g())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
