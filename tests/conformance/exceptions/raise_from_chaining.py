# Explicit chaining (raise from), implicit __context__, __suppress_context__.
class AppError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad number {s!r}") from e
try:
    parse("x1")
except AppError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
    print(e.__cause__ is e.__context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("implicit context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context please") from None
except ValueError as e:
    print("from None:", repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise TypeError("t") from KeyError("k")
except TypeError as err:
    print(repr(err.__cause__), err.__context__)
try:
    raise ValueError("v") from ValueError
except ValueError as err:
    print(repr(err.__cause__), type(err.__cause__).__name__)
try:
    raise ValueError("bad") from 5
except TypeError as err:
    print("TypeError:", err)
def chain3():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise OSError("c")
try:
    chain3()
except OSError as err:
    chain = []
    cur = err
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
