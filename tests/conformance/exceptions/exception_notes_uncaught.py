# An uncaught exception with notes: CPython prints each note after the message line.
def parse_row(row, lineno):
    try:
        return [int(cell) for cell in row.split(",")]
    except ValueError as exc:
        exc.add_note(f"in row {lineno}: {row!r}")
        raise

rows = ["1,2,3", "4,5,6", "7,eight,9"]
for n, r in enumerate(rows, 1):
    print(parse_row(r, n))
