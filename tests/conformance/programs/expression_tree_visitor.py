# Expression trees with a visitor pattern: evaluation, printing, simplification, derivatives.
class Node:
    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)

class Num(Node):
    def __init__(self, v):
        self.v = v

class Var(Node):
    def __init__(self, name):
        self.name = name

class BinOp(Node):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

def wrap(x):
    return x if isinstance(x, Node) else Num(x)

for sym, name in [("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("**", "pow")]:
    def make(sym):
        def fwd(self, other):
            return BinOp(sym, self, wrap(other))
        def rev(self, other):
            return BinOp(sym, wrap(other), self)
        return fwd, rev
    fwd, rev = make(sym)
    setattr(Node, f"__{name}__", fwd)
    setattr(Node, f"__r{name}__", rev)

class Printer:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "**": 3}
    def visit_Num(self, n):
        return str(n.v)
    def visit_Var(self, n):
        return n.name
    def visit_BinOp(self, n):
        def side(child, right):
            s = child.accept(self)
            if isinstance(child, BinOp):
                p, q = self.PREC[child.op], self.PREC[n.op]
                if p < q or (p == q and right and n.op in "-/") or (p == q and not right and n.op == "**"):
                    return f"({s})"
            return s
        return f"{side(n.left, False)} {n.op} {side(n.right, True)}"

class Evaluator:
    def __init__(self, env):
        self.env = env
    def visit_Num(self, n):
        return n.v
    def visit_Var(self, n):
        return self.env[n.name]
    def visit_BinOp(self, n):
        a, b = n.left.accept(self), n.right.accept(self)
        return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("inf"), "**": a ** b}[n.op]

class Simplifier:
    def visit_Num(self, n):
        return n
    def visit_Var(self, n):
        return n
    def visit_BinOp(self, n):
        l, r = n.left.accept(self), n.right.accept(self)
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(BinOp(n.op, l, r).accept(Evaluator({})))
        if n.op == "*" and any(isinstance(x, Num) and x.v == 0 for x in (l, r)):
            return Num(0)
        if n.op == "*" and isinstance(l, Num) and l.v == 1:
            return r
        if n.op in "*/" and isinstance(r, Num) and r.v == 1:
            return l
        if n.op in "+-" and isinstance(r, Num) and r.v == 0:
            return l
        if n.op == "+" and isinstance(l, Num) and l.v == 0:
            return r
        if n.op == "**" and isinstance(r, Num) and r.v == 1:
            return l
        return BinOp(n.op, l, r)

class Deriv:
    def __init__(self, var):
        self.var = var
    def visit_Num(self, n):
        return Num(0)
    def visit_Var(self, n):
        return Num(1 if n.name == self.var else 0)
    def visit_BinOp(self, n):
        u, v = n.left, n.right
        du, dv = u.accept(self), v.accept(self)
        if n.op in "+-":
            return BinOp(n.op, du, dv)
        if n.op == "*":
            return du * v + u * dv
        if n.op == "/":
            return (du * v - u * dv) / v ** 2
        if n.op == "**" and isinstance(v, Num):
            return v * u ** (v.v - 1) * du
        raise NotImplementedError("general power rule")

x, y = Var("x"), Var("y")
exprs = [3 * x ** 2 + 2 * x - 5, (x + 1) * (x - 1), x / (y - 2), 2 ** x, (x - (y - 1)) - 1, 0 * x + 1 * y]
P, S = Printer(), Simplifier()
for e in exprs:
    print(f"{e.accept(P):<26} at x=3,y=4 -> {e.accept(Evaluator({'x': 3, 'y': 4})):<8} simplified: {e.accept(S).accept(P)}")
for e in exprs[:3]:
    try:
        print("d/dx", e.accept(P), "=", e.accept(Deriv("x")).accept(S).accept(P))
    except NotImplementedError as err:
        print("NotImplementedError:", err)
try:
    exprs[3].accept(Deriv("x"))
except NotImplementedError as err:
    print("NotImplementedError:", err)
