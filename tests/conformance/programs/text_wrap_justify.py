# Word wrapping and full justification of paragraphs at several widths.
TEXT = ("Ahead-of-time compilation translates a program before it runs, trading start-up "
        "flexibility for speed and predictability. A conformance suite keeps the compiler honest: "
        "every program must print exactly what the reference interpreter prints, byte for byte.")

def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur)
                cur = []
            lines.append([word[:width - 1] + "-"])
            word = word[width - 1:]
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (40, 28, 12):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for i, line in enumerate(lines):
        text = " ".join(line) if i == len(lines) - 1 else justify(line, width)
        print(f"|{text:<{width}}|")
print(wrap("supercalifragilisticexpialidocious is long", 10))
centered = [" ".join(l).center(30, ".") for l in wrap("centered text looks like this", 14)]
print("\n".join(centered))
