# ImportError for a missing name, submodule not imported, and dotted import of a non-package.
try:
    from lib import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
import pkg
try:
    pkg.sub
except AttributeError as e:
    print("AttributeError:", e)
import pkg.sub
print(pkg.sub.WHERE)
try:
    import lib.child
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from pkg import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
