# conformance: full-stderr
# A bare raise re-raises the active exception with its original traceback.
def parse(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")
    return int(text)


def safe_parse(text):
    try:
        parse(text)
    except ValueError:
        print("logging failure for", repr(text))
        raise
    return int(text)


print(safe_parse("42"))
safe_parse("4x2")
