import registry


@registry.register("a")
def plugin_a(x):
    return x + 100
