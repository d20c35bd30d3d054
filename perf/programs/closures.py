"""Closures and lambdas: function factories capturing variables, counters that
rebind `nonlocal` state, composition of small functions, lambdas passed to
map/filter/sorted, and a tiny interpreter whose instructions are closures.
"""

ROUNDS = 450000


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def tick(step=1):
        nonlocal count
        count += step
        return count
    return tick


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


def compile_program(source):
    """Turns lines like 'add 3' into closures over a register list."""
    ops = {
        "add": lambda regs, a: regs.__setitem__(0, regs[0] + a),
        "mul": lambda regs, a: regs.__setitem__(0, regs[0] * a % 1000003),
        "swap": lambda regs, a: regs.reverse(),
        "keep": lambda regs, a: regs.__setitem__(1, regs[1] + regs[0] % a),
    }
    program = []
    for line in source:
        name, arg = line.split()
        op = ops[name]
        program.append(lambda regs, op=op, arg=int(arg): op(regs, arg))
    return program


def main():
    adders = [make_adder(i) for i in range(10)]
    tick = make_counter()
    pipeline = compose(adders[3], lambda x: x * 3, adders[7], lambda x: x % 10007)
    source = ["add 3", "mul 7", "keep 13", "swap 0", "add 11", "mul 5", "swap 0", "keep 17"]
    program = compile_program(source)
    total = 0
    regs = [1, 0]
    for i in range(ROUNDS):
        total += pipeline(i)
        total += sum(map(adders[i % 10], (1, 2, 3)))
        tick(i % 3)
        for instruction in program:
            instruction(regs)
    evens = list(filter(lambda v: v % 2 == 0, map(lambda a: a(total), adders)))
    ranked = sorted(range(50), key=lambda k: (k * 37 % 11, -k))
    print("total", total, "ticks", tick(0), "regs", regs)
    print("evens", evens[:3], "ranked", ranked[:6])


main()
