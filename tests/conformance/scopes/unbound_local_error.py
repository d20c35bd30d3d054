# UnboundLocalError cases: assignment anywhere in the function makes a name local.
total = 10
def add_to_total(n):
    try:
        total += n
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
add_to_total(5)
def conditional_assign(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(conditional_assign(True), "|", conditional_assign(False))
def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(deleted())
def later_assignment():
    try:
        print(later)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    later = 5
later = "global later"
later_assignment()
def enclosing():
    x = 1
    def inner():
        try:
            x += 1
        except UnboundLocalError as e:
            return f"UnboundLocalError: {e}"
    return inner()
print(enclosing())
def free_var_deleted():
    x = 1
    def inner():
        return x
    del x
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(free_var_deleted())
print(issubclass(UnboundLocalError, NameError))
def loop_var():
    for i in range(0):
        pass
    try:
        return i
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(loop_var())
