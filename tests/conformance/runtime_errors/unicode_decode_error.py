# UnicodeDecodeError from decoding invalid UTF-8.
chunks = [b"caf\xc3\xa9", b"na\xc3\xafve", b"bad \xff byte"]
for c in chunks:
    print(c.decode("utf-8"))
