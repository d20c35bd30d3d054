# global and nonlocal declarations.
x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "rebound by function"
def create_global():
    global brand_new
    brand_new = 123
print(read_global())
write_global()
print(x)
create_global()
print(brand_new)
def outer():
    y = 1
    def inner():
        nonlocal y
        y += 1
        return y
    inner(); inner()
    return y
print(outer())
def levels():
    v = "L0"
    def a():
        v = "L1"
        def b():
            nonlocal v
            v = "L1 modified"
        b()
        return v
    r = a()
    return v, r
print(levels())
def global_in_nested():
    x = "local"
    def inner():
        global x
        return x
    return inner(), x
print(global_in_nested())
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(5)
print(counter)
def shadow():
    len = lambda s: -1
    return len("abc")
print(shadow(), len("abc"))
