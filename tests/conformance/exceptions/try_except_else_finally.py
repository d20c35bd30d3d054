# All combinations of try/except/else/finally and their execution order.
def run(label, fail):
    print(f"-- {label} fail={fail}")
    try:
        print("try body")
        if fail:
            raise ValueError("boom")
        print("try end")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run("full", False)
run("full", True)
def only_finally(fail):
    try:
        try:
            print("inner try")
            if fail:
                raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
only_finally(False)
only_finally(True)
def except_else(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "div by zero"
    else:
        return f"ok {r}"
print(except_else(2), except_else(0))
def multiple_handlers(v):
    try:
        if v == 0:
            raise TypeError("t")
        if v == 1:
            raise ValueError("v")
        if v == 2:
            raise KeyError("k")
        return "none"
    except TypeError:
        return "TypeError handler"
    except (ValueError, KeyError) as e:
        return f"tuple handler {type(e).__name__}"
print([multiple_handlers(v) for v in range(4)])
try:
    raise IndexError("first matching wins")
except LookupError as e:
    print("LookupError handler:", type(e).__name__)
except IndexError:
    print("never")
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "", e.args)
