# No __all__: star-import exports every name not starting with an underscore.
def public_util():
    return "public"


def _private_helper():
    return "private"


def _also_exported():
    return "never exported"

