# return/break/continue interacting with finally.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def finally_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return in finally"
print(finally_overrides_exception())
def finally_runs_on_return():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(finally_runs_on_return())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"exception discarded at i={i}"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except-return")
print(return_in_except())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)
print(while_finally())
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    exc_in_finally()
except KeyError as e:
    print("got", repr(e), "context:", repr(e.__context__))
