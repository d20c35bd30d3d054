# A match with a raising default case; the error is not caught.
def command(cmd):
    match cmd:
        case ("add", a, b):
            return a + b
        case ("mul", a, b):
            return a * b
        case ("neg", a):
            return -a
        case _:
            raise ValueError(f"unsupported command: {cmd!r}")

program = [("add", 2, 3), ("mul", 4, 5), ("neg", 9), ("pow", 2, 8)]
for instr in program:
    print(instr[0], "->", command(instr))
