print("geometry.shapes running")
from .vector import Vector


def describe(v):
    if isinstance(v, Vector):
        return f"a vector of length {abs(v)}"
    return "not a vector"
