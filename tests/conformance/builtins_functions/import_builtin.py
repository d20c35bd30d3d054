# __import__ and import of builtin modules (sys, math, time only).
m = __import__("math")
print(m.__name__, m.sqrt(16), m.pi > 3)
s = __import__("sys")
print(s is __import__("sys"), "math" in s.modules, "__main__" in s.modules)
import math as mth, sys as system
print(mth.floor(2.7), system.maxsize > 2 ** 31)
from math import (
    ceil,
    floor as flr,
)
print(ceil(1.1), flr(1.9))
def local_import():
    import time
    return type(time.time()).__name__
print(local_import(), "time" in dir())
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print("ImportError:", e, e.name)
print(isinstance(__import__("math"), type(system)), type(system).__name__)
