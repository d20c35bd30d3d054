from ..core.engine import run
from . import __name__ as package_name


def transform(text):
    return text.upper()


def describe():
    return f"plugin in {package_name}; engine.run is {run.__name__}"
