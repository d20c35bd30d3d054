# Circular imports: a partially initialized module is visible; attribute access at call time works.
import alpha
print(alpha.a_func())
print(alpha.beta.b_func())
import sys
print("alpha" in sys.modules, "beta" in sys.modules)
try:
    import gamma
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
