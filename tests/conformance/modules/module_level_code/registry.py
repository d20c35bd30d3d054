_registry = {}


def register(name):
    def deco(fn):
        _registry[name] = fn
        return fn
    return deco


def names():
    return sorted(_registry)


def call(name, *args):
    return _registry[name](*args)
