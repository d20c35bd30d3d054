# Text statistics: word frequencies, sentence lengths, longest words, character classes.
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps!
Foxes are quick; dogs are lazy? Not always: some dogs run, some foxes rest.
A fox, a dog, and a cat walked into a bar. The bartender said: "What is this, a joke?"
"""
import sys

def words(text):
    out = []
    word = ""
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word += ch
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out

def sentences(text):
    result, current = [], ""
    for ch in text.replace("\n", " "):
        current += ch
        if ch in ".!?":
            if current.strip():
                result.append(current.strip())
            current = ""
    if current.strip():
        result.append(current.strip())
    return result

ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:<8}{c:>3} {'#' * c}")
sents = sentences(TEXT)
print("sentences:", len(sents))
for s in sents:
    print(f"  {len(words(s)):>2} words | {s[:40]}")
longest = sorted(set(ws), key=lambda w: (-len(w), w))[:3]
print("longest:", longest)
print("avg word length: %.3f" % (sum(map(len, ws)) / len(ws)))
classes = {"letters": 0, "digits": 0, "spaces": 0, "punct": 0}
for ch in TEXT:
    if ch.isalpha():
        classes["letters"] += 1
    elif ch.isdigit():
        classes["digits"] += 1
    elif ch.isspace():
        classes["spaces"] += 1
    else:
        classes["punct"] += 1
print(classes)
print("lines:", TEXT.count("\n"), "capitalized:", sorted({w for w in TEXT.split() if w[0].isupper()}))
