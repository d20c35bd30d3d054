class ValidationError(ValueError):
    pass


def positive_int(text):
    n = int(text)
    if n <= 0:
        raise ValidationError(f"{n} is not positive")
    return n
