from .. import config
from ..config import PREFIX as P


def run(text, transforms):
    for t in transforms:
        text = t(text)
    return f"{P} {text} {config.PREFIX == P}"
