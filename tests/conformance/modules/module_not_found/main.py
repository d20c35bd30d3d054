# Importing a missing module: the first attempt is caught, the second is not.
import present
print(present.VALUE)
try:
    import nope
except ModuleNotFoundError as e:
    print("caught:", e, "| name =", e.name)
    print(isinstance(e, ImportError))
print("now importing it without a handler")
import nope
