# Evaluation order: left-to-right operands, arguments, subscripts, dict displays.
log = []
def v(name, val=None):
    log.append(name)
    return name if val is None else val

def reset(label):
    print(label, log)
    log.clear()

v("a", 1) + v("b", 2) * v("c", 3)
reset("arith")
def f(*args, **kw):
    return None
f(v("x"), v("y"), k=v("z"))
reset("call")
d = {v("k1"): v("v1"), v("k2"): v("v2")}
reset("dict")
lst = [0, 0]
lst[v("i", 0)] = v("rhs", 5)
reset("subscript store")
o = [[1, 2]]
o[v("outer", 0)][v("inner", 1)]
reset("subscript load")
x = v("c1", 1) < v("c2", 2) < v("c3", 3)
reset("chain")
a, b = v("t1"), v("t2")
reset("tuple")
v("obj", lst).__len__()
reset("method")
s = v("cond", True) and v("then")
reset("and")
p = v("body") if v("test", False) else v("orelse")
reset("ifexp")
[v("e1"), *[v("e2")], v("e3")]
reset("list")
v("fn", f)(v("arg"))
reset("callee-first")
q = {}
q[v("key")] = v("value")
reset("assign")
