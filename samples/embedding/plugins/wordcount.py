"""Counts words; keeps a running total across calls in its own runtime."""
total = 0


def run(text: str) -> str:
    global total
    n = len(text.split())
    total += n
    return f"{n} words ({total} so far)"
