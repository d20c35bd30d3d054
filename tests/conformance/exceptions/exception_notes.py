# PEP 678 exception notes: add_note and __notes__.
e = ValueError("bad input")
print(hasattr(e, "__notes__"))
e.add_note("while parsing line 3")
e.add_note("hint: check the delimiter")
print(e.__notes__, str(e), repr(e))
try:
    try:
        int("x")
    except ValueError as err:
        err.add_note("context: reading config")
        raise
except ValueError as err:
    print(err, err.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
g = ExceptionGroup("many", [KeyError("a")])
g.add_note("group note")
print(g.__notes__, repr(g))
