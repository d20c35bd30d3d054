"""Long-running Python of every shape that must stay interruptible.

`run(name, ready)` calls `ready()` and then runs shape `name` until it is interrupted.
Run as a program (`app.dll SHAPE`), it prints "ready" when the shape starts.
"""
import sys
import time

DATA = list(range(2_000_000, 0, -1))
WORDS = ["ab"] * 1_000_000
ZEROS = [0] * 2_000_000
HUGE = 10**12


def while_true():
    while True:
        pass


def for_range():
    for i in range(HUGE):
        pass


def recursion(n=0):
    # No loop anywhere: only function entries are safepoints. 2**200 calls.
    if n > 200:
        return 0
    return recursion(n + 1) + recursion(n + 1)


def list_comprehension():
    return [x for x in range(HUGE) if x < 0]


def generator_expression():
    return any(x < 0 for x in range(HUGE))


def builtin_sum():
    return sum(range(HUGE))


def builtin_sorted():
    while True:
        sorted(DATA, key=None)


def builtin_min_max():
    return max(range(HUGE))


def list_of_range():
    return list(range(10**10))


def str_join():
    while True:
        "".join(WORDS)


def list_contains():
    while True:
        -1 in ZEROS


def dict_from_iterable():
    return dict.fromkeys(range(HUGE))


def set_from_iterable():
    return set(range(HUGE))


def sleep():
    time.sleep(1000)


def read_input():
    return input()


def big_int():
    return 10**10**8


SHAPES = {
    "while_true": while_true,
    "for_range": for_range,
    "recursion": recursion,
    "list_comprehension": list_comprehension,
    "generator_expression": generator_expression,
    "sum": builtin_sum,
    "sorted": builtin_sorted,
    "min_max": builtin_min_max,
    "list_range": list_of_range,
    "str_join": str_join,
    "list_contains": list_contains,
    "dict_from_iterable": dict_from_iterable,
    "set_from_iterable": set_from_iterable,
    "sleep": sleep,
    "input": read_input,
    "big_int": big_int,
}


def run(name, ready):
    shape = SHAPES[name]
    ready()
    shape()


def say_ready():
    print("ready", flush=True)


if __name__ == "__main__" and len(sys.argv) > 1:
    run(sys.argv[1], say_ready)
