# Names are resolved at call time, not at definition time.
def call_helper():
    return helper()
try:
    call_helper()
except NameError as e:
    print("NameError:", e)
def helper():
    return "helper v1"
print(call_helper())
def helper():
    return "helper v2"
print(call_helper())
def uses_constant():
    return CONSTANT * 2
CONSTANT = 21
print(uses_constant())
CONSTANT = "ab"
print(uses_constant())
class Late:
    def method(self):
        return later_function()
def later_function():
    return "defined after the class"
print(Late().method())
funcs = {}
def register(name):
    funcs[name] = lambda: f"{name} -> {TABLE[name]}"
register("a")
TABLE = {"a": 1}
print(funcs["a"]())
TABLE["a"] = 2
print(funcs["a"]())
