# Keyword arguments: any order, mixing, dict unpacking, introspection of binding.
def describe(name, age, city="Nowhere", *, verbose=False):
    s = f"{name} ({age}) from {city}"
    return s + " [verbose]" if verbose else s
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Paris", age=40))
print(describe(**{"name": "Di", "age": 22, "verbose": True}))
opts = {"city": "Rome"}
print(describe("Ed", 50, **opts))
def show(**kw):
    for k, v in kw.items():
        print(f"  {k}={v!r}")
show(b=2, a=1, c=[3])
show(**{"weird-key": 1, "with space": 2})
def f(a, **kw):
    return a, kw
print(f(1, b=2), f(a=1), f(**{"a": 5, "z": 6}))
def g(*, sep=" ", end="\n"):
    return repr(sep), repr(end)
print(g(end=""), g(sep=","))
print(dict(one=1, two=2), dict({"x": 1}, y=2))
print(sorted([3, 1, 2], reverse=True), int("ff", base=16))
