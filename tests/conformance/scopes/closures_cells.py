# Closure cells are shared between closures and the defining scope.
def make():
    shared = []
    def add(v):
        shared.append(v)
    def get():
        return shared
    def replace(new):
        nonlocal shared
        shared = new
    return add, get, replace
add, get, replace = make()
add(1); add(2)
print(get())
replace(["fresh"])
add(3)
print(get())
def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 100
    return [f() for f in fns]
print(late_binding())
def cell_before_assignment():
    def reader():
        return value
    try:
        reader()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = "now set"
    return reader()
print(cell_before_assignment())
def outer():
    x = 0
    def gen():
        nonlocal x
        while True:
            x += 1
            yield x
    g = gen()
    next(g); next(g)
    return x
print(outer())
