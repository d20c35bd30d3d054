# A class body executes top to bottom like a function body, with its own namespace.
print("before class")
class Report:
    print("executing class body")
    title = "Report"
    upper_title = title.upper()
    sizes = [1, 2, 3]
    doubled = [s * 2 for s in sizes]
    if len(sizes) > 2:
        big = True
    else:
        big = False
    for i in range(3):
        last = i
    del i
    def method(self):
        return Report.title
    alias = method
    def _helper(x):
        return x + 1
    computed = _helper(10)
    del _helper
print("after class")
print(Report.upper_title, Report.doubled, Report.big, Report.last, Report.computed)
print(hasattr(Report, "i"), hasattr(Report, "_helper"), Report().alias())
x = "global"
class Scope:
    x = "class"
    def get_x(self):
        return x
    y = [x for _ in range(1)]
print(Scope().get_x(), Scope.x, Scope.y)
def factory(n):
    class Local:
        value = n
        def get(self):
            return self.value * 2
    return Local
L1, L2 = factory(1), factory(2)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
class Empty:
    pass
print(sorted(k for k in Empty.__dict__ if not k.startswith("__")))
