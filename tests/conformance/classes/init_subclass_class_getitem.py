# __init_subclass__ hooks and __class_getitem__.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Json(Plugin, name="json"):
    pass
class Yaml(Plugin):
    pass
class FastJson(Json, name="fastjson"):
    pass
print(Plugin.registry, Json.plugin_name, FastJson.plugin_name)
class Validated:
    def __init_subclass__(cls, **kwargs):
        required = getattr(cls, "required", ())
        for attr in required:
            if not hasattr(cls, attr):
                raise TypeError(f"{cls.__name__} must define {attr}")
class Good(Validated):
    required = ("run",)
    def run(self):
        return "running"
print(Good().run())
try:
    class BadOne(Validated):
        required = ("run",)
except TypeError as e:
    print("TypeError:", e)
try:
    class Unknown(Plugin, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[str])
class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return (cls.__name__, len(params))
print(Typed[int, str], Typed[int])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
