def __getattr__(name):
    if name == "forbidden":
        raise AttributeError(f"module {__name__!r} refuses {name!r}")
    return f"<computed {name}>"


def __dir__():
    return ["expensive", "other_name"]
