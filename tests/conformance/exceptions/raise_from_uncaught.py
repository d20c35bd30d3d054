# Uncaught exception raised with "from"; stderr ends with the outer exception.
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"invalid port setting: {settings.get('port')!r}") from exc

print(read_port({"port": "8080"}))
print(read_port({"port": "http"}))
