# Forms of raise: class vs instance, non-exception errors, raising inside expressions.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
def thrower(exc):
    raise exc
try:
    thrower(KeyError("via function"))
except KeyError as e:
    print("KeyError:", e)
def check(x):
    return x if x > 0 else thrower(ValueError(f"non-positive: {x}"))
print(check(5))
try:
    check(-1)
except ValueError as e:
    print("ValueError:", e)
err = RuntimeError("reused")
for i in range(2):
    try:
        raise err
    except RuntimeError as e:
        print(i, e is err)
class Custom(Exception):
    def __init__(self):
        super().__init__("constructed with no args")
try:
    raise Custom
except Custom as e:
    print(e)
