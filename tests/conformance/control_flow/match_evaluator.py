# An arithmetic expression evaluator and simplifier driven by match on nested tuples.
def evaluate(expr, env):
    match expr:
        case int() | float() as n:
            return n
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("/", a, b):
            return evaluate(a, env) / evaluate(b, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case (op, *args):
            raise ValueError(f"unknown operator {op!r} with {len(args)} args")
        case _:
            raise TypeError(f"bad expression {expr!r}")
def simplify(expr):
    match expr:
        case ("+", 0, x) | ("+", x, 0):
            return simplify(x)
        case ("*", 1, x) | ("*", x, 1):
            return simplify(x)
        case ("*", 0, _) | ("*", _, 0):
            return 0
        case ("neg", ("neg", x)):
            return simplify(x)
        case (op, *args):
            return (op, *[simplify(a) for a in args])
        case _:
            return expr
def show(expr):
    match expr:
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case ("neg", a):
            return f"-{show(a)}"
        case ("let", name, value, body):
            return f"let {name} = {show(value)} in {show(body)}"
        case _:
            return str(expr)
env = {"x": 3, "y": 4}
exprs = [
    ("+", 1, ("*", 2, 3)),
    ("-", "x", ("neg", "y")),
    ("/", ("*", "x", "y"), 8),
    ("let", "z", ("+", "x", 1), ("*", "z", "z")),
    ("+", 0, ("*", 1, ("neg", ("neg", "x")))),
    ("*", ("+", "x", 0), 0),
]
for e in exprs:
    s = simplify(e)
    print(show(e), "=>", show(s), "=", evaluate(e, env), evaluate(s, env))
for bad in [("%", 1, 2), [1, 2], None]:
    try:
        evaluate(bad, env)
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
