# Import side effects happen once, in depth-first order; sys.modules caches modules.
print("main: start")
import first
import second
import first
import sys
print("main: modules loaded:", [m for m in ("first", "second", "common") if m in sys.modules])
print(first.common is second.common, first.common.LOADS)
def late():
    import common
    return common.LOADS
print("late import:", late())
print("main: end")
