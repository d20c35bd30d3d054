# finally blocks run while an uncaught exception unwinds; output order matters.
def inner():
    try:
        print("inner start")
        raise LookupError("deep failure")
    finally:
        print("inner finally")

def middle():
    try:
        inner()
    except ValueError:
        print("not this handler")
    finally:
        print("middle finally")

try:
    middle()
finally:
    print("top finally")
print("never reached")
