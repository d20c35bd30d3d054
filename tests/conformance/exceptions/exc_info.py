# sys.exc_info() and sys.exception()-like state inside and outside handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, type(tb).__name__)
print(sys.exc_info())
def show():
    t, v, _ = sys.exc_info()
    return (t.__name__ if t else None, v)
try:
    raise KeyError("k")
except KeyError:
    print("in handler via call:", show())
    try:
        raise TypeError("nested")
    except TypeError:
        print("nested handler:", show())
    print("back in outer handler:", show())
print("after:", show())
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.exc_info()[1] is e)
def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield show()
        yield show()
g = gen()
print(next(g))
print(show())
print(next(g))
try:
    raise ValueError("finally check")
except ValueError:
    pass
finally:
    print("finally:", show())
