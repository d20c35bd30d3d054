def grade(score: int) -> str:
    """A letter grade for a score out of 100."""
    if not 0 <= score <= 100:
        raise ValueError(f"score out of range: {score}")
    for limit, letter in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):
        if score >= limit:
            return letter
    return 'F'
