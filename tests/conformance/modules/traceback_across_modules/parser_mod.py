def parse_one(text):
    if not text.isdigit():
        raise ValueError(f"bad token {text!r}")
    print("parsed", text)


def parse_all(tokens):
    for t in tokens:
        parse_one(t)
