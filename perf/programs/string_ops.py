"""String building and parsing: records are formatted into CSV-like lines with
f-strings, %-formatting and join, then parsed back with split, strip, find,
replace, slicing and int(); a run-length encoder and a Caesar cipher round trip
over the same text (digits spelled out first, as the run counts are digits).
Checks that every round trip is exact.
"""

RECORDS = 16000
ROUNDS = 2

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
CITIES = ["Oslo", "Lima", "Quito", "Accra", "Hanoi", "Dakar", "Perth", "Riga"]
# Run-length counts are written as digits, so the encoded text must have none.
DIGIT_NAMES = {str(d): "zero one two three four five six seven eight nine".split()[d][:2] for d in range(10)}


def make_records(n):
    records = []
    for i in range(n):
        name = NAMES[i % len(NAMES)] + "_" + str(i * 7 % 1000)
        city = CITIES[(i * 3) % len(CITIES)]
        score = (i * 37) % 1001
        records.append((i, name, city, score))
    return records


def format_records(records):
    lines = []
    for ident, name, city, score in records:
        if ident % 2:
            lines.append(f"{ident:06d},{name},{city.upper()},{score}")
        else:
            lines.append("%06d,%s,%s,%d" % (ident, name, city.upper(), score))
    return "\n".join(lines)


def parse_records(text):
    records = []
    for line in text.split("\n"):
        first = line.find(",")
        ident = int(line[:first])
        name, city, score = line[first + 1:].split(",")
        records.append((ident, name.strip(), city.capitalize(), int(score)))
    return records


def run_length_encode(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)


def run_length_decode(s):
    out = []
    digits = ""
    for ch in s:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * int(digits))
            digits = ""
    return "".join(out)


def caesar(s, shift):
    chars = []
    for ch in s:
        if "a" <= ch <= "z":
            chars.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            chars.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            chars.append(ch)
    return "".join(chars)


def main():
    records = make_records(RECORDS)
    checksum = 0
    for r in range(ROUNDS):
        text = format_records(records)
        parsed = parse_records(text)
        assert parsed == records
        squeezed = "".join([DIGIT_NAMES.get(ch, ch) for ch in text]).replace(",", ",,,")
        encoded = run_length_encode(squeezed)
        assert run_length_decode(encoded) == squeezed
        secret = caesar(text, r + 3)
        assert caesar(secret, 26 - (r + 3)) == text
        checksum = (checksum * 31 + len(encoded) + secret.count("e") + text.count("OSLO")) % 1000000007
    print("length", len(text), "encoded", len(encoded), "checksum", checksum)
    print(secret[:40].replace("\n", "|"))


main()
