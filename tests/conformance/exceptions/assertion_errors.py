# assert statements: messages, expressions, caught AssertionError.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(3))
for v in (0, -5):
    try:
        check_positive(v)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True, "never shown"
assert 1 and "x"
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)
def lazy_message():
    print("message evaluated")
    return "lazy"
assert True, lazy_message()
try:
    assert None, lazy_message()
except AssertionError as e:
    print(e)
