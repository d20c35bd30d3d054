# String literal forms: quotes, escapes, concatenation, triple quotes.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\there", "new\nline", "back\\slash", "bell\a".__len__())
print("\x41\x42\x43", "\101\102\103", "\u00e9", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}")
print("adjacent" " literals" ' are' """ joined""")
print("""line1
line2
    indented""")
s = "con" \
    "tinued"
print(s)
print(len("\0"), repr("\0"), repr("\x7f"), repr("\t\r\n"))
print(repr("'"), repr('"'), repr("'\""), repr("\\"))
print(repr("é"), repr("😀"), repr("\u200b"), repr("\x85"), repr("\ud7ff"))
print('''a 'quoted' "word"''')
print("no escape here".count("\\"))
print("" == '', len(""), bool(""), bool(" "))
print("\
joined line")
empty = """"""
print(repr(empty))
print('\'' + "\"" + '\\')
print("caf\xe9", "\u0041\u030a", len("\u0041\u030a"))
