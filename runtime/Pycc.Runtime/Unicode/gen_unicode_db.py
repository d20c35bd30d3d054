"""Generates unicode_db.bin: the character properties and case mappings of CPython's str.

Run with the CPython that is the oracle (3.11):  python3 gen_unicode_db.py
Layout (all integers little-endian unsigned LEB128 varints):
  flag runs: count, then (length, flags) pairs covering 0..0x10FFFF in order
  case mappings: count, then per entry: code point delta from the previous entry,
      and for lower, upper, title, casefold: length then code points (length 0 = identity)
"""
import sys

ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE, PRINTABLE, LOWER, UPPER, CASED, CASE_IGNORABLE, \
    ID_START, ID_CONTINUE, TITLE = (1 << i for i in range(13))


def flags_of(cp):
    c = chr(cp)
    f = 0
    if c.isalpha(): f |= ALPHA
    if c.isdecimal(): f |= DECIMAL
    if c.isdigit(): f |= DIGIT
    if c.isnumeric(): f |= NUMERIC
    if c.isspace(): f |= SPACE
    if c.isprintable(): f |= PRINTABLE
    if c.islower(): f |= LOWER
    if c.isupper(): f |= UPPER
    if c.istitle() and not c.isupper(): f |= TITLE
    if f & (LOWER | UPPER | TITLE): f |= CASED
    # Case_Ignorable, observed through the final-sigma rule of str.lower().
    if ('A' + c + '\u03a3').lower()[-1] == '\u03c2' and ('1' + c + '\u03a3').lower()[-1] == '\u03c3':
        f |= CASE_IGNORABLE
    if c.isidentifier(): f |= ID_START
    if ('a' + c).isidentifier(): f |= ID_CONTINUE
    return f


def varint(out, v):
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def main():
    out = bytearray()
    runs = []
    prev = None
    for cp in range(0x110000):
        f = flags_of(cp)
        if f == prev:
            runs[-1][0] += 1
        else:
            runs.append([1, f])
            prev = f
    varint(out, len(runs))
    for n, f in runs:
        varint(out, n)
        varint(out, f)

    entries = []
    for cp in range(0x110000):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        maps = [c.lower(), c.upper(), c.title(), c.casefold()]
        # sigma's final form is contextual: the table keeps the plain mapping.
        if cp == 0x3A3:
            maps[0] = '\u03c3'
        if any(m != c for m in maps):
            entries.append((cp, [m if m != c else '' for m in maps]))
    varint(out, len(entries))
    last = 0
    for cp, maps in entries:
        varint(out, cp - last)
        last = cp
        for m in maps:
            varint(out, len(m))
            for ch in m:
                varint(out, ord(ch))
    with open(sys.argv[1] if len(sys.argv) > 1 else 'unicode_db.bin', 'wb') as fh:
        fh.write(out)
    print(len(runs), 'runs,', len(entries), 'case entries,', len(out), 'bytes')


main()
