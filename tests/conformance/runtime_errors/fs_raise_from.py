# conformance: full-stderr
# Explicit chaining: "The above exception was the direct cause of the following exception:".
class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        if key not in settings:
            raise KeyError(key)
    except KeyError as exc:
        raise ConfigError(f"missing setting {key!r}") from exc
    return settings[key]


def load():
    settings = {"debug": True}
    print("debug =", read_setting(settings, "debug"))
    read_setting(settings, "port")


load()
