# An exception raised inside an except block propagates with the original as context.
def load(key, data):
    try:
        return data[key]
    except KeyError:
        print("missing key, trying fallback")
        return data["fallback"] * 2

config = {"a": 1, "fallback": 5}
print(load("a", config))
print(load("zzz", config))
del config["fallback"]
print(load("zzz", config))
