# Re-raising: bare raise, raise e, raise in nested handler, preserving the exception.
def risky():
    raise ValueError("original")
def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper()
except ValueError as e:
    print("caught again:", e)
def rethrow_named():
    try:
        risky()
    except ValueError as err:
        saved = err
    raise saved
try:
    rethrow_named()
except ValueError as e:
    print("re-raised later:", e)
def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested()
except KeyError as e:
    print("bare raise restored outer:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def name_cleared():
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    try:
        e
    except NameError as ne:
        print("NameError:", ne)
    except UnboundLocalError as ue:
        print("UnboundLocalError:", ue)
name_cleared()
class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts}")
    return "success"
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after", r)
