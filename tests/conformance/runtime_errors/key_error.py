# KeyError: 'k' from a dict lookup.
settings = {"host": "localhost", "port": 8080}
print(settings["host"], settings["port"])
print(settings.get("k", "no k"))
print(settings["k"])
