# except*: handlers that raise, unmatched remainders, else/finally, nested groups.
def run(exc, raise_in_handler=False):
    try:
        try:
            raise exc
        except* ValueError as g:
            print("  ValueError part:", [repr(e) for e in g.exceptions])
            if raise_in_handler:
                raise RuntimeError("from handler")
        except* (KeyError, IndexError) as g:
            print("  lookup part:", sorted(type(e).__name__ for e in g.exceptions))
        else:
            print("  no exception")
        finally:
            print("  finally")
    except BaseException as outer:
        print("  escaped:", type(outer).__name__, repr(outer) if not isinstance(outer, BaseExceptionGroup) else [repr(e) for e in outer.exceptions])


print("group of three:")
run(ExceptionGroup("g", [ValueError(1), KeyError(2), TypeError(3)]))
print("naked KeyError:")
run(KeyError("k"))
print("naked unmatched:")
run(ZeroDivisionError("z"))
print("handler raises:")
run(ExceptionGroup("g", [ValueError(1), IndexError(2)]), raise_in_handler=True)
print("nested:")
run(ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep"), OSError("os")]), IndexError(9)]))


def no_error():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("else ran")


no_error()
eg = ExceptionGroup("msg", [ValueError("a"), TypeError("b")])
match, rest = eg.split(lambda e: isinstance(e, ValueError))
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: False))
