# The "as" target is deleted at the end of the handler; other names survive.
e = "preexisting"
try:
    raise ValueError("x")
except ValueError as e:
    msg = str(e)
print(msg)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    return err
print(repr(f()))
result = []
for i in range(3):
    try:
        if i % 2:
            raise KeyError(i)
        result.append(("ok", i))
    except KeyError as ke:
        result.append(("err", ke.args[0]))
print(result)
