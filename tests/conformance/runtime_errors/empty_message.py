# An exception with no message prints just its class name.
class StateError(RuntimeError):
    pass
state = "closed"
print("state is", state)
if state != "open":
    raise StateError()
