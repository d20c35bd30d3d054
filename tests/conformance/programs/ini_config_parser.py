# An INI-style config parser with sections, typed getters, interpolation; fatal errors exit via sys.exit.
import sys

CONFIG = """
; global settings
[server]
host = example.org
port = 8080
debug = yes
url = http://${host}:${port}/api

[database]
name = prod
pool = 10
timeout = 2.5
dsn = db://${name}?pool=${pool}

[features]
beta = off
ratio = 0.75
"""

class ConfigError(Exception):
    pass

def parse(text):
    sections, current = {}, None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
        elif "=" in line:
            if current is None:
                raise ConfigError(f"line {lineno}: key outside of any section")
            key, _, value = line.partition("=")
            current[key.strip()] = value.strip()
        else:
            raise ConfigError(f"line {lineno}: cannot parse {line!r}")
    return sections

def interpolate(section):
    out = {}
    for key, value in section.items():
        while "${" in value:
            start = value.index("${")
            end = value.index("}", start)
            ref = value[start + 2:end]
            if ref not in section:
                raise ConfigError(f"unknown reference ${{{ref}}} in {key}")
            value = value[:start] + section[ref] + value[end + 1:]
        out[key] = value
    return out

BOOLS = {"yes": True, "on": True, "true": True, "1": True, "no": False, "off": False, "false": False, "0": False}

def get(cfg, section, key, kind=str):
    try:
        value = cfg[section][key]
    except KeyError:
        raise ConfigError(f"missing {section}.{key}") from None
    if kind is bool:
        if value.lower() not in BOOLS:
            raise ConfigError(f"{section}.{key}: {value!r} is not a boolean")
        return BOOLS[value.lower()]
    try:
        return kind(value)
    except ValueError:
        raise ConfigError(f"{section}.{key}: {value!r} is not {kind.__name__}") from None

cfg = {name: interpolate(sec) for name, sec in parse(CONFIG).items()}
print(sorted(cfg))
print(get(cfg, "server", "url"), get(cfg, "server", "port", int), get(cfg, "server", "debug", bool))
print(get(cfg, "database", "dsn"), get(cfg, "database", "timeout", float))
print(get(cfg, "features", "beta", bool), get(cfg, "features", "ratio", float) * 4)
for sec, key, kind in [("server", "host", int), ("features", "ratio", bool), ("cache", "size", int)]:
    try:
        get(cfg, sec, key, kind)
    except ConfigError as e:
        print("ConfigError:", e)
for bad in ["x = 1", "[s]\njust words", "[s]\na = ${b}"]:
    try:
        print({n: interpolate(s) for n, s in parse(bad).items()})
    except ConfigError as e:
        print("ConfigError:", e)
required = [("server", "host"), ("server", "tls_cert")]
missing = [f"{s}.{k}" for s, k in required if k not in cfg.get(s, {})]
if missing:
    sys.exit("fatal: missing required settings: " + ", ".join(missing))
print("not reached")
