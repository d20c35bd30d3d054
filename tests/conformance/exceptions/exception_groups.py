# ExceptionGroup basics: construction, except*, subgroup, split.
eg = ExceptionGroup("batch failed", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
print([repr(e) for e in eg.exceptions])
sub = eg.subgroup(ValueError)
print(repr(sub))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
print(eg.subgroup(KeyError))
try:
    raise eg
except* ValueError as g:
    print("except* ValueError:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("except* TypeError:", [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as remaining:
    print("unhandled remainder:", repr(remaining))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, repr(g.exceptions))
nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(repr(nested.subgroup(TypeError)))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("auto", [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
