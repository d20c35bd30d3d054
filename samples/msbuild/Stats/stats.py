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


class Summary:
    """Count, mean and largest value of a sample."""
    count: int
    mean: float
    largest: float | None

    def __init__(self, count, mean, largest):
        self.count = count
        self.mean = mean
        self.largest = largest


def summarize(values: list[float]) -> Summary:
    """A Summary of the values (largest is None for an empty list)."""
    if not values:
        return Summary(0, 0.0, None)
    return Summary(len(values), mean(values), max(values))


def describe(s: Summary, unit: str = "") -> str:
    """One line describing a Summary."""
    largest = "-" if s.largest is None else f"{s.largest}{unit}"
    return f"n={s.count} mean={s.mean}{unit} max={largest}"
