# getattr/setattr/hasattr/delattr with defaults, errors, dynamic names.
class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "default"), getattr(Config, "debug"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(Config, "level"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
for name in ["upper", "lower", "title"]:
    print(name, getattr("hello World", name)())
print(getattr([3, 1, 2], "index")(2), getattr(5, "real"), hasattr(5, "imag"))
setattr(Config, "class_level", "added to class")
print(c.class_level, Config.class_level)
class Dynamic:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("not an AttributeError")
        raise AttributeError(name)
print(hasattr(Dynamic(), "anything"))
try:
    hasattr(Dynamic(), "boom")
except ValueError as e:
    print("ValueError propagates from hasattr:", e)
setattr(c, "with space", 1)
print(getattr(c, "with space"), sorted(vars(c)))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
