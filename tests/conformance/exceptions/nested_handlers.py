# Deeply nested try blocks, exceptions propagating through several frames.
def level3(v):
    if v == "key":
        raise KeyError(v)
    if v == "val":
        raise ValueError(v)
    if v == "zero":
        return 1 / 0
    return v
def level2(v):
    try:
        return level3(v)
    except KeyError as e:
        print("  level2 handled", repr(e))
        return "recovered"
    finally:
        print("  level2 finally")
def level1(v):
    try:
        return level2(v)
    except ValueError as e:
        print("  level1 handled", repr(e))
        return "level1-recovered"
for v in ["ok", "key", "val", "zero"]:
    print(v)
    try:
        print(" ->", level1(v))
    except ArithmeticError as e:
        print("  top handled", type(e).__name__, e)
def in_handler():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            print("inner", inner, "context", inner.__context__)
        print("still handling a")
in_handler()
def in_finally():
    try:
        try:
            raise KeyError("x")
        finally:
            print("finally runs while exception propagates")
    except KeyError:
        print("caught after finally")
in_finally()
try:
    try:
        raise ValueError(1)
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
