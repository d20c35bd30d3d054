# Module objects: dunder attributes, setattr/delattr, module __getattr__ and __dir__ (PEP 562).
import config
import lazy

print(config.__name__, config.__doc__)
config.NEW_SETTING = "added from main"
print(config.show())
setattr(config, "DEBUG", True)
print(config.DEBUG, getattr(config, "missing", "default"))
del config.NEW_SETTING
print(hasattr(config, "NEW_SETTING"))
print(lazy.expensive, lazy.other_name)
try:
    lazy.forbidden
except AttributeError as e:
    print("AttributeError:", e)
print(dir(lazy))
print(vars(config)["DEBUG"], "show" in vars(config))
try:
    config.nothing
except AttributeError as e:
    print("AttributeError:", e)
