# str.isX predicates over a variety of inputs.
samples = ["abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "3.5", "", " ", "\t\n",
           "Hello World", "hello world", "_id", "id2", "2id", "class", "é", "日本", "A1 B2", "\x00", "ⅷ"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace",
         "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14) + " ".join(p[2:6] for p in preds))
for s in samples:
    flags = " ".join(("T" if getattr(s, p)() else ".").center(4) for p in preds)
    print(repr(s).ljust(14) + flags)
