# global/nonlocal semantics, including globals created in functions and nested nonlocal chains.
def make_global():
    global made_here
    made_here = "created in function"
make_global()
print(made_here)
def counter_factory():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return incr, reset
incr, reset = counter_factory()
incr(); incr()
print(incr())
reset()
print(incr())
def chain():
    v = 0
    def a():
        def b():
            nonlocal v
            v += 10
        b()
        b()
    a()
    return v
print(chain())
g = "g0"
def global_then_local():
    def inner():
        global g
        g = "g1"
    inner()
    g2 = g
    return g2
print(global_then_local(), g)
def nonlocal_skips_class():
    x = "function x"
    class C:
        x = "class x"
        def m(self):
            nonlocal x
            x = "modified by method"
    C().m()
    return x
print(nonlocal_skips_class())
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [f() for f in fns]
print(loop_closures())
def global_in_loop():
    global acc
    acc = []
    for i in range(3):
        acc.append(i)
global_in_loop()
print(acc)
