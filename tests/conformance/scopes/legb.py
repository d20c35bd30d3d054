# LEGB lookup: local, enclosing, global, builtin.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer(), x)
def uses_builtin():
    return len("four")
print(uses_builtin())
len = lambda s: "global len shadows builtin"
print(uses_builtin())
del len
print(uses_builtin())
def shadow_param(print):
    return print
print(shadow_param("param named print"))
def enclosing_later():
    def inner():
        return value
    value = "assigned after inner was defined"
    return inner()
print(enclosing_later())
y = 1
def read_then_global():
    return y + 1
y = 41
print(read_then_global())
def three_levels():
    a = "L1"
    def two():
        b = "L2"
        def one():
            return a, b, x
        return one()
    return two()
print(three_levels())
