# from package import * with __all__ naming submodules; import in functions; importlib-free.
from toolkit import *
print(strings.shout("hi"), numbers.double(21))
try:
    print(hidden)
except NameError as e:
    print("NameError:", e)
import toolkit
print(sorted(n for n in vars(toolkit) if not n.startswith("__")))
def use_lazily():
    from toolkit.numbers import double as d
    return d(5)
print(use_lazily())
