"""Exceptions as control flow: EAFP dict and list lookups that miss, int()
parsing that fails with ValueError, a user exception hierarchy raised a few
frames deep and caught by base class, try/finally bookkeeping, `raise ... from`,
and a hand-driven iterator ended by StopIteration.
"""

ROUNDS = 420000


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field)
        self.field = field
        self.value = value


class TooSmall(ValidationError):
    pass


class TooLarge(ValidationError):
    pass


def check(value):
    if value < 10:
        raise TooSmall("value", value)
    if value > 90:
        raise TooLarge("value", value)
    return value


def validate(values):
    return [check(v) for v in values]


def parse(token):
    try:
        return int(token)
    except ValueError:
        return -1


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        table[key] = len(table)
        return table[key]


def nth(items, i):
    try:
        return items[i]
    except IndexError:
        return None


def wrapped(n):
    try:
        return 100 // (n % 5)
    except ZeroDivisionError as exc:
        raise ArithmeticError("wrapped") from exc


def main():
    table = {}
    items = list(range(50))
    tokens = ["12", "x7", "345", "", "-8", "0x1f", "99"]
    small = large = ok = parsed = misses = finals = chained = 0
    iterations = 0
    for i in range(ROUNDS):
        try:
            ok += len(validate([i % 100, (i * 7) % 100, 50]))
        except TooSmall as exc:
            small += exc.value
        except ValidationError as exc:
            large += exc.value
        parsed += parse(tokens[i % len(tokens)])
        lookup(table, i % 1000)
        if nth(items, i % 64) is None:
            misses += 1
        try:
            if i % 3 == 0:
                continue
        finally:
            finals += 1
        try:
            wrapped(i)
        except ArithmeticError as exc:
            if isinstance(exc.__cause__, ZeroDivisionError):
                chained += 1
        it = iter(tokens)
        while True:
            try:
                next(it)
            except StopIteration:
                break
            iterations += 1
    print("ok", ok, "small", small, "large", large, "parsed", parsed)
    print("table", len(table), "misses", misses, "finals", finals, "chained", chained, "iterations", iterations)


main()
