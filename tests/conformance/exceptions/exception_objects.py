# Exception args, str, repr for builtin and custom exceptions.
cases = [
    Exception(), Exception("one"), Exception("a", 2), Exception(None),
    ValueError("bad value"), KeyError("key"), KeyError(), KeyError("a", "b"),
    IndexError(3), OSError(2, "No such file"), StopIteration(5),
    SystemExit(3), ZeroDivisionError("division by zero"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
m = MyError(404, "not found")
print(m, repr(m), m.args, m.code)
class Plain(Exception):
    pass
print(repr(Plain("x")), str(Plain("x", "y")))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(repr(NoSuper(1, 2)), NoSuper(1, 2).args)
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
e.extra = "attr"
print(e.extra)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(KeyError("k").args[0], str(KeyError("it's")), str(KeyError(1)))
print(OSError(2, "msg").errno, OSError(2, "msg").strerror)
print(type(OSError(2, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
