# conformance: full-stderr
# A raise three calls deep; every frame line is a complete statement (no carets).
def validate(record):
    if "id" not in record:
        raise KeyError("id")


def process(records):
    for r in records:
        validate(r)
        print("ok", r)


def main():
    process([{"id": 1}, {"name": "no id"}])


main()
