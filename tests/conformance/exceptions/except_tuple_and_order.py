# except with tuples, subclass ordering, catching by base class, dynamic tuples.
def fail(kind):
    raise kind("msg")
handlers = (KeyError, IndexError)
for kind in [KeyError, IndexError, ValueError, ZeroDivisionError, UnicodeError]:
    try:
        fail(kind)
    except handlers as e:
        print(kind.__name__, "-> lookup tuple", type(e).__name__)
    except (ArithmeticError, ValueError) as e:
        print(kind.__name__, "-> arith/value", type(e).__name__)
def pick():
    print("evaluating handler expression")
    return TypeError
try:
    raise TypeError
except pick():
    print("caught via computed class")
try:
    raise ValueError
except ():
    print("empty tuple never matches")
except ValueError:
    print("fell to second handler")
try:
    try:
        raise KeyError
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise NameError("x")
except (((NameError,),),) if False else NameError:
    print("nested tuple form skipped; plain works")
class A(Exception): pass
class B(A): pass
class C(B): pass
for exc in (A, B, C):
    try:
        raise exc()
    except C:
        print(exc.__name__, "as C")
    except B:
        print(exc.__name__, "as B")
    except A:
        print(exc.__name__, "as A")
