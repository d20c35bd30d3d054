"""Small statistics helpers, called from C# (Program.cs)."""
from textutil import words


def mean(values: list[float]) -> float:
    """The arithmetic mean of a non-empty list."""
    return sum(values) / len(values)


def word_counts(text: str) -> dict[str, int]:
    """How often each word occurs, case-insensitively."""
    counts = {}
    for w in words(text):
        counts[w] = counts.get(w, 0) + 1
    return counts


def top(text: str, n: int = 3) -> list[str]:
    """The n most frequent words, most frequent first (ties alphabetical)."""
    counts = word_counts(text)
    return sorted(counts, key=lambda w: (-counts[w], w))[:n]
