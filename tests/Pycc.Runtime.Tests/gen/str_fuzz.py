"""Data/str_fuzz.txt: str methods on random strings (ASCII, Latin-1, BMP, astral, odd spaces) with random arguments."""
import random

from harness import Writer

w = Writer('str_fuzz.txt')
rnd = random.Random(3)
ALPHABET = list('abcAB ,.-_xyz') + ['\t', '\n', '\r', '\x0b', '\x1c', '\x85', '\xa0', 'é', 'ß', 'Σ', 'ς', 'İ', 'ǅ', '\u2028', '\u3000',
                                     '日', '😀', '𝔘', '\U00010400', 'ﬁ', '٣', '²', 'Ⅻ']


def rs(n=None):
    return ''.join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 12) if n is None else n))


def idx():
    return rnd.choice([None, 0, 1, 2, -1, -2, -5, 3, 7, 100, -100])


for _ in range(5000):
    s = rs()
    m = rnd.choice(['find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith', 'split', 'rsplit', 'partition',
                    'rpartition', 'replace', 'strip', 'lstrip', 'rstrip', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs',
                    'splitlines', 'upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'isspace', 'istitle',
                    'isupper', 'islower', 'isalnum', 'isprintable', '__getitem__', 'removeprefix', 'removesuffix', 'encode'])
    sub = rnd.choice([s[rnd.randint(0, len(s)):rnd.randint(0, len(s))] if s else '', rs(1), rs(2), ''])
    if m in ('find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith'):
        args = (sub,) + tuple(idx() for _ in range(rnd.randint(0, 2)))
    elif m in ('split', 'rsplit'):
        args = (rnd.choice([None, sub or ' ', ' ', ',']), rnd.choice([-1, 0, 1, 2]))
    elif m in ('partition', 'rpartition', 'removeprefix', 'removesuffix'):
        args = (sub or 'a',)
    elif m == 'replace':
        args = (sub, rs(rnd.randint(0, 2)), rnd.choice([-1, 0, 1, 3]))
    elif m in ('strip', 'lstrip', 'rstrip'):
        args = rnd.choice([(), (None,), (rs(3),)])
    elif m in ('center', 'ljust', 'rjust'):
        args = (rnd.randint(0, 20),) + rnd.choice([(), (rnd.choice(['*', '😀', 'é']),)])
    elif m == 'zfill':
        args = (rnd.randint(0, 15),)
    elif m == 'expandtabs':
        args = (rnd.randint(0, 9),)
    elif m == 'splitlines':
        args = (rnd.choice([True, False]),)
    elif m == '__getitem__':
        args = (rnd.choice([idx() or 0, slice(idx(), idx(), rnd.choice([None, 1, 2, -1, -3]))]),)
    elif m == 'encode':
        args = (rnd.choice(['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-32-be']), rnd.choice(['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']))
    else:
        args = ()
    w.method(s, m, *args)
w.save()
