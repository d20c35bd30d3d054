# Importing a sibling module: attributes, functions, module-level state, __name__.
import helper
import helper as h2

print("main: __name__ =", __name__)
print(helper.__name__, helper.GREETING, helper.greet("Ann"))
print(helper is h2, helper.counter)
helper.bump()
helper.bump()
print(helper.counter, h2.counter)
helper.counter = 100
print(h2.counter)
print(type(helper).__name__, helper.__doc__)
print(sorted(n for n in dir(helper) if not n.startswith("__")))
