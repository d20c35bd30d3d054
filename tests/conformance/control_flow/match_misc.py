# match: subject evaluated once, no fallthrough, nothing matched, soft keywords as names.
calls = 0
def subject():
    global calls
    calls += 1
    return (1, 2)
match subject():
    case (0, _):
        print("no")
    case (1, 3):
        print("no")
    case (1, y):
        print("matched y =", y)
print("subject evaluated", calls, "time(s)")
match 42:
    case 1:
        print("not printed")
print("no case matched, no error")
match = "match is a soft keyword"
case = "so is case"
print(match, case)
_ = "underscore is a normal name"
print(_)
def typed(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case list() | tuple():
            return "sequence"
        case dict():
            return "dict"
        case object():
            return "object"
print([typed(v) for v in (True, 5, [1], (1,), {}, "s")])
def points(v):
    match v:
        case (0, 0) | [0, 0]:
            return "origin"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case _:
            return "plane"
print(points((0, 0)), points([0, 0]), points((5, 0)), points((0, 7)), points((1, 1)))
