"""Generates the Unicode tables that Pycc.Syntax embeds, from CPython 3.11's unicodedata
(Unicode 14.0), so identifiers and \\N{...} escapes behave exactly as in CPython 3.11.

Run from this directory:  python3 gen_unicode_data.py
Outputs (gzip-compressed text, embedded as resources):
  identifiers.txt.gz  ranges of XID_Start, XID_Continue and printable code points >= 0x80
  nfkc.txt.gz         full NFKC decompositions, canonical combining classes,
                      canonical compositions
  names.txt.gz        character names and known name aliases (computed names excluded)
"""
import gzip, unicodedata, sys

assert unicodedata.unidata_version == '14.0.0', unicodedata.unidata_version

def ranges(pred):
    out, start = [], None
    for cp in range(0x80, 0x110001):
        ok = cp < 0x110000 and pred(cp)
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append((start, cp - 1)); start = None
    return out

def write(name, text):
    with gzip.GzipFile(name, 'wb', mtime=0) as f:
        f.write(text.encode('utf-8'))

def is_start(cp):
    return chr(cp).isidentifier()

def is_continue(cp):
    return ('a' + chr(cp)).isidentifier()

lines = []
def is_printable(cp):
    return chr(cp).isprintable()

for tag, pred in (('S', is_start), ('C', is_continue), ('P', is_printable)):
    for a, b in ranges(pred):
        lines.append(f'{tag} {a:X} {b:X}')
write('identifiers.txt.gz', '\n'.join(lines) + '\n')

# NFKC: D <cp> <full compatibility decomposition>, K <cp> <ccc>, P <a> <b> <composite>
lines = []
for cp in range(0x110000):
    if 0xAC00 <= cp <= 0xD7A3:
        continue  # Hangul syllables are algorithmic
    c = chr(cp)
    d = unicodedata.normalize('NFKD', c)
    if d != c:
        lines.append('D %X %s' % (cp, ' '.join('%X' % ord(x) for x in d)))
    k = unicodedata.combining(c)
    if k:
        lines.append('K %X %d' % (cp, k))
    dec = unicodedata.decomposition(c)
    if dec and not dec.startswith('<'):
        parts = [int(x, 16) for x in dec.split()]
        if len(parts) == 2 and unicodedata.normalize('NFC', chr(parts[0]) + chr(parts[1])) == c:
            lines.append('P %X %X %X' % (parts[0], parts[1], cp))
write('nfkc.txt.gz', '\n'.join(lines) + '\n')

# Names: "<cp hex>;<name>" lines; aliases come from unicodedata.lookup, which accepts
# them, and are read from the private-use range where CPython stores them.
# Names of CJK unified ideographs and Hangul syllables are computed; the ideograph
# ranges are listed as "R <first> <last>" lines.
lines = []
cjk = ranges(lambda cp: unicodedata.name(chr(cp), '') == 'CJK UNIFIED IDEOGRAPH-%04X' % cp)
lines.extend('R %X %X' % r for r in cjk)
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n and not n.startswith(('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ')):
        lines.append('%X;%s' % (cp, n))
# Name aliases (NameAliases.txt) are accepted by \N{...} but unicodedata offers no way
# to list them, so we probe a list of the known ones and keep those lookup() accepts.
ALIAS_CANDIDATES = """
NULL|START OF HEADING|START OF TEXT|END OF TEXT|END OF TRANSMISSION|ENQUIRY|ACKNOWLEDGE
ALERT|BACKSPACE|CHARACTER TABULATION|HORIZONTAL TABULATION|LINE FEED|NEW LINE|END OF LINE
LINE TABULATION|VERTICAL TABULATION|FORM FEED|CARRIAGE RETURN|SHIFT OUT|LOCKING-SHIFT ONE
SHIFT IN|LOCKING-SHIFT ZERO|DATA LINK ESCAPE|DEVICE CONTROL ONE|DEVICE CONTROL TWO
DEVICE CONTROL THREE|DEVICE CONTROL FOUR|NEGATIVE ACKNOWLEDGE|SYNCHRONOUS IDLE
END OF TRANSMISSION BLOCK|CANCEL|END OF MEDIUM|SUBSTITUTE|ESCAPE|INFORMATION SEPARATOR FOUR
INFORMATION SEPARATOR THREE|INFORMATION SEPARATOR TWO|INFORMATION SEPARATOR ONE
FILE SEPARATOR|GROUP SEPARATOR|RECORD SEPARATOR|UNIT SEPARATOR|DELETE|PADDING CHARACTER
HIGH OCTET PRESET|BREAK PERMITTED HERE|NO BREAK HERE|INDEX|NEXT LINE|START OF SELECTED AREA
END OF SELECTED AREA|CHARACTER TABULATION SET|HORIZONTAL TABULATION SET
CHARACTER TABULATION WITH JUSTIFICATION|HORIZONTAL TABULATION WITH JUSTIFICATION
LINE TABULATION SET|VERTICAL TABULATION SET|PARTIAL LINE FORWARD|PARTIAL LINE DOWN
PARTIAL LINE BACKWARD|PARTIAL LINE UP|REVERSE LINE FEED|REVERSE INDEX|SINGLE SHIFT TWO
SINGLE-SHIFT-2|SINGLE SHIFT THREE|SINGLE-SHIFT-3|DEVICE CONTROL STRING|PRIVATE USE ONE
PRIVATE USE-1|PRIVATE USE TWO|PRIVATE USE-2|SET TRANSMIT STATE|CANCEL CHARACTER
MESSAGE WAITING|START OF GUARDED AREA|START OF PROTECTED AREA|END OF GUARDED AREA
END OF PROTECTED AREA|START OF STRING|SINGLE GRAPHIC CHARACTER INTRODUCER
SINGLE CHARACTER INTRODUCER|CONTROL SEQUENCE INTRODUCER|STRING TERMINATOR
OPERATING SYSTEM COMMAND|PRIVACY MESSAGE|APPLICATION PROGRAM COMMAND|BYTE ORDER MARK
ZERO WIDTH NO-BREAK SPACE|LATIN CAPITAL LETTER GHA|LATIN SMALL LETTER GHA
KANNADA LETTER LLLA|LAO LETTER FO FON|LAO LETTER FO FAY|LAO LETTER RO|LAO LETTER LO
TIBETAN MARK BKA- SHOG GI MGO RGYAN|YI SYLLABLE ITERATION MARK
PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS|WEIERSTRASS ELLIPTIC FUNCTION
MICR ON US SYMBOL|MICR DASH SYMBOL|SYRIAC SUBLINEAR COLON SKEWED LEFT
LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
MENDE KIKAKUI COMBINING NUMBER TEENS|MENDE KIKAKUI COMBINING NUMBER TENS
MENDE KIKAKUI COMBINING NUMBER HUNDREDS|MENDE KIKAKUI COMBINING NUMBER THOUSANDS
MENDE KIKAKUI COMBINING NUMBER TEN THOUSANDS|MENDE KIKAKUI COMBINING NUMBER HUNDRED THOUSANDS
MENDE KIKAKUI COMBINING NUMBER MILLIONS|HANGUL JONGSEONG YESIEUNG-KIYEOK
HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK|HANGUL JONGSEONG SSANGYESIEUNG
HANGUL JONGSEONG YESIEUNG-KHIEUKH|CUNEIFORM SIGN NU11 TENU|CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
MEDEFAIDRIN CAPITAL LETTER H|MEDEFAIDRIN SMALL LETTER H|SOYOMBO FINAL CONSONANT SIGN SMALL LETTER FIVE
"""

ABBREVIATIONS = """
NUL SOH STX ETX EOT ENQ ACK BEL BS HT TAB LF NL EOL VT FF CR SO SI DLE DC1 DC2 DC3 DC4
NAK SYN ETB CAN EOM SUB ESC FS GS RS US SP DEL PAD HOP BPH NBH IND NEL SSA ESA HTS HTJ
VTS PLD PLU RI SS2 SS3 DCS PU1 PU2 STS CCH MW SPA EPA SOS SGC SCI CSI ST OSC PM APC
NBSP SHY CGJ ALM MVS FVS1 FVS2 FVS3 FVS4 ZWSP ZWNJ ZWJ LRM RLM LRE RLE PDF LRO RLO NNBSP
MMSP WJ LRI RLI FSI PDI ZWNBSP BOM
"""

def alias_candidates():
    for line in ALIAS_CANDIDATES.strip().split('\n'):
        yield from line.split('|')
    yield from ABBREVIATIONS.split()
    for i in range(1, 257):
        yield 'VS%d' % i

for a in alias_candidates():
    try:
        c = unicodedata.lookup(a)
    except KeyError:
        continue
    if len(c) == 1 and unicodedata.name(c, None) != a:
        lines.append('%X;%s' % (ord(c), a))
write('names.txt.gz', '\n'.join(lines) + '\n')
