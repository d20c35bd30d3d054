"""Word frequencies over generated text: words are assembled from syllables by a
linear congruential generator, joined into lines, then split, normalised and
counted in a dict, and the most common words are ranked with a sort key.
"""

LINES = 45000
WORDS_PER_LINE = 12

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "el",
             "or", "ub", "qui", "zen", "vo", "da", "ix", "ph", "gre", "sto"]
PUNCTUATION = ["", "", "", "", ",", ".", ";", "!", "?"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_text(rng):
    lines = []
    for _ in range(LINES):
        words = []
        for _ in range(WORDS_PER_LINE):
            # Skewed length distribution so that some words repeat a lot.
            length = 1 + rng.next(3) * rng.next(2)
            word = "".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(length))
            if rng.next(10) == 0:
                word = word.capitalize()
            words.append(word + PUNCTUATION[rng.next(len(PUNCTUATION))])
        lines.append(" ".join(words))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for token in line.split():
            word = token.strip(",.;!?").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    text = make_text(Lcg(42))
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print("chars", len(text), "distinct", len(counts), "total", sum(counts.values()))
    for word, n in ranked[:8]:
        print(word, n)
    longest = max(counts, key=lambda w: (len(w), w))
    print("longest", longest, counts[longest])


main()
