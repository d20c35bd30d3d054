# __name__, __doc__ of the main module, module-level dunder names.
"""Module docstring for the main program."""
print(__name__)
print(__doc__)
print(type(__builtins__).__name__ in ("module", "dict"))
if __name__ == "__main__":
    print("running as main")
def f():
    return __name__
print(f())
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__")))
