# A tiny stack-based virtual machine with an assembler, labels, calls and error reporting.
class VMError(Exception):
    pass

def assemble(src):
    program, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op, [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return program, labels

def run(src, trace=False):
    program, labels = assemble(src)
    stack, calls, out, pc, steps = [], [], [], 0, 0
    while pc < len(program):
        op, args = program[pc]
        pc += 1
        steps += 1
        if steps > 10000:
            raise VMError("step limit exceeded")
        if op == "push":
            stack.append(args[0])
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("add", "sub", "mul", "div", "mod", "lt"):
            b, a = stack.pop(), stack.pop()
            if op in ("div", "mod") and b == 0:
                raise VMError(f"division by zero at pc={pc - 1}")
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "div": a // b, "mod": a % b, "lt": int(a < b)}[op])
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "call":
            calls.append(pc)
            pc = labels[args[0]]
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise VMError(f"unknown instruction {op!r}")
        if trace:
            print(f"  {op:<6}{str(args):<12}{stack}")
    return out, steps

FACTORIAL = """
    push 10
    call fact
    print
    halt
fact:            ; n -> n!
    dup
    push 2
    lt
    jz recurse
    pop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
"""
print(run(FACTORIAL))
COUNTDOWN = """
    push 3
loop:
    dup
    print
    push 1
    sub
    dup
    jz done
    jmp loop
done:
    halt
"""
print(run(COUNTDOWN, trace=True))
for bad in ["push 1\npush 0\ndiv", "bogus 1", "top:\njmp top"]:
    try:
        run(bad)
    except VMError as e:
        print("VMError:", e)
