# Module-level control flow, try/except around imports, and conditional definitions.
try:
    import fast_impl as impl
except ImportError:
    import slow_impl as impl
print("using", impl.NAME, impl.compute(10))
import registry
import plugins_a
import plugins_b
print(registry.names())
print(registry.call("a", 2), registry.call("b", 2))
