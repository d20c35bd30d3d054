def helper(text):
    return int(text)


def run(text: str) -> str:
    return str(helper(text) * 2)
