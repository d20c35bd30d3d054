# throw() and close(): exception injection, handling inside generator, GeneratorExit.
def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("generator caught", e)
            n = 100
g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("reset")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished after unhandled throw")
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup runs")
g = with_cleanup()
print(next(g))
g.close()
print("closed")
g.close()
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = catches_exit()
next(g)
g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def never_started():
    print("body never runs")
    yield
g = never_started()
g.close()
print("close on unstarted generator is fine")
g = never_started()
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("thrown into unstarted:", e)
def throw_type():
    try:
        yield
    except TypeError as e:
        yield f"handled {type(e).__name__}: {e}"
g = throw_type()
next(g)
print(g.throw(TypeError("msg")))
def return_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return value"
g = return_on_exit()
next(g)
print(g.close())
