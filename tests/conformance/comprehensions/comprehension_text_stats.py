# Text statistics with comprehensions only.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in TEXT.split()]
print(len(words), len(set(words)))
freq = {w: words.count(w) for w in sorted(set(words))}
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print({n: sorted({w for w in words if len(w) == n}) for n in range(2, 5)})
lines = TEXT.splitlines()
print([len(line) for line in lines], max(lines, key=len)[:20])
caps = [w for w in TEXT.replace(",", " ").split() if w[0].isupper()]
print(caps)
letters = {c: sum(1 for ch in TEXT.lower() if ch == c) for c in "aeiou"}
print(letters)
print([w for w in freq if freq[w] == 1])
