# A small regular-expression matcher supporting literals, ., *, +, ?, ^, $ and character classes.
def parse_class(pat, i):
    j = pat.index("]", i)
    body = pat[i + 1:j]
    negate = body.startswith("^")
    if negate:
        body = body[1:]
    chars = set()
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            chars.update(chr(c) for c in range(ord(body[k]), ord(body[k + 2]) + 1))
            k += 3
        else:
            chars.add(body[k])
            k += 1
    return (lambda ch: (ch in chars) != negate), j + 1

def compile_pattern(pat):
    tokens, i = [], 0
    while i < len(pat):
        if pat[i] == "[":
            pred, i = parse_class(pat, i)
        elif pat[i] == ".":
            pred, i = (lambda ch: True), i + 1
        elif pat[i] == "\\":
            lit = pat[i + 1]
            pred, i = (lambda ch, lit=lit: ch == lit), i + 2
        else:
            lit = pat[i]
            pred, i = (lambda ch, lit=lit: ch == lit), i + 1
        quant = ""
        if i < len(pat) and pat[i] in "*+?":
            quant = pat[i]
            i += 1
        tokens.append((pred, quant))
    return tokens

def match_here(tokens, text, anchored_end):
    if not tokens:
        return (not anchored_end) or text == ""
    (pred, quant), rest = tokens[0], tokens[1:]
    if quant in ("*", "+"):
        n = 0
        while n < len(text) and pred(text[n]):
            n += 1
        low = 1 if quant == "+" else 0
        for k in range(n, low - 1, -1):
            if match_here(rest, text[k:], anchored_end):
                return True
        return False
    if quant == "?":
        if text and pred(text[0]) and match_here(rest, text[1:], anchored_end):
            return True
        return match_here(rest, text, anchored_end)
    return bool(text) and pred(text[0]) and match_here(rest, text[1:], anchored_end)

def search(pattern, text):
    anchored_start = pattern.startswith("^")
    anchored_end = pattern.endswith("$") and not pattern.endswith("\\$")
    core = pattern[1 if anchored_start else 0: -1 if anchored_end else None]
    tokens = compile_pattern(core)
    starts = [0] if anchored_start else range(len(text) + 1)
    return any(match_here(tokens, text[s:], anchored_end) for s in starts)

tests = [
    ("abc", "xxabcxx"), ("^abc", "xabc"), ("abc$", "xxabc"), ("a.c", "abc"), ("a.c", "ac"),
    ("ab*c", "ac"), ("ab+c", "ac"), ("ab+c", "abbbc"), ("colou?r", "color"), ("colou?r", "colour"),
    ("^[0-9]+$", "12345"), ("^[0-9]+$", "12a45"), ("[^aeiou]+", "aei"), ("^[A-Z][a-z]*$", "Hello"),
    ("^\\d", "d1"), ("x*", ""), ("^$", ""), ("^a.*z$", "abcz"), ("^a.*z$", "abczy"), ("\\$5", "cost $5"),
]
for pat, text in tests:
    print(f"{pat!r:<16} {text!r:<10} {search(pat, text)}")
