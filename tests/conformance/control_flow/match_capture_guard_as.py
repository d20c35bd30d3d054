# match: capture patterns, guards, as-patterns, value patterns with dotted names.
class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown color {other}"
print(paint("red"), paint("green"), paint("blue"))
def classify(pair):
    match pair:
        case (x, y) if x == y:
            return "same"
        case (x, y) if x > y:
            return "descending"
        case (x, y):
            return "ascending"
print([classify(p) for p in [(1, 1), (3, 2), (1, 5)]])
def parse(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["drop", item]:
            return f"dropping {item}"
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "empty command"
for c in ["go north", "go up", "pick up sword shield", "pick up", "drop lamp", "exit", "", "dance now"]:
    print(repr(c), "->", parse(c))
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
x = "unchanged"
match 5:
    case x if x > 100:
        pass
    case _:
        pass
print("x after failed guard:", x)
match {"k": [1, 2]}:
    case {"k": [_, second]}:
        print("second =", second)
guard_calls = []
def g(v):
    guard_calls.append(v)
    return False
match 3:
    case 1 | 2:
        pass
    case n if g(n):
        pass
    case n if g(n * 10):
        pass
    case _:
        print("guards evaluated:", guard_calls)
