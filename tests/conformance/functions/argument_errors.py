# TypeError messages for bad calls.
def one(a):
    return a
def two(a, b):
    return a + b
def opt(a, b=1, c=2):
    return a
def kw(*, key):
    return key
def many(a, b, c, d):
    pass
FIVE = 5
ABC = "abc"
class K:
    def method(self, x):
        return x
tests = [
    ("missing 1", lambda: one()),
    ("missing 2", lambda: two()),
    ("missing b", lambda: two(1)),
    ("too many", lambda: one(1, 2)),
    ("too many opt", lambda: opt(1, 2, 3, 4)),
    ("unexpected kw", lambda: one(1, z=3)),
    ("multiple values", lambda: two(1, a=2)),
    ("kw-only missing", lambda: kw()),
    ("kw positional", lambda: kw(1)),
    ("missing 3", lambda: many(1)),
    ("method missing", lambda: K().method()),
    ("method too many", lambda: K().method(1, 2)),
    ("unbound", lambda: K.method(1)),
    ("lambda", lambda: (lambda x: x)()),
    ("not callable", lambda: FIVE()),
    ("str not callable", lambda: ABC()),
    ("star non-iterable", lambda: one(*5)),
    ("kwargs non-mapping", lambda: one(**[1])),
    ("kwargs non-str key", lambda: one(**{1: 2})),
    ("dup kwargs", lambda: two(**{"a": 1}, **{"a": 2})),
]
for label, fn in tests:
    try:
        fn()
        print(label, "-> no error")
    except TypeError as e:
        print(f"{label}: {e}")
