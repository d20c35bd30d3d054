# __getattr__ (fallback), __getattribute__ (always), __setattr__, __delattr__.
class Fallback:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"dynamic {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.real, f.dyn_color, getattr(f, "dyn_size"))
print(hasattr(f, "dyn_x"), hasattr(f, "nope"))
try:
    f.nope
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(f"get {name}")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
lg = Logged()
lg.a = 1
lg.a += 1
x = lg.a
del lg.a
print(lg.log)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: object is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
fr = Frozen(3)
print(fr.v)
for action in (lambda: setattr(fr, "v", 4), lambda: delattr(fr, "v")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
pr = Proxy([3, 1, 2])
pr.sort()
print(pr._target, pr.count(1), pr.index(3))
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom missing")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"
print(Both().boom, Both().other)
