# conformance: full-stderr
# "raise ... from None" suppresses the context in the printed traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"unknown key {key}") from None


table = {"a": 1}
print(lookup(table, "a"))
lookup(table, "b")
