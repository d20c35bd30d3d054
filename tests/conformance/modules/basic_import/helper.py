"""Helper module docstring."""
print("helper: executing module body, __name__ =", __name__)

GREETING = "Hello"
counter = 0


def greet(name):
    return f"{GREETING}, {name}!"


def bump():
    global counter
    counter += 1


if __name__ == "__main__":
    print("helper run as a script (never printed on import)")
