# All string prefixes: u, r, b, f and combinations.
v = 7
print(u"unicode", U"UPPER U")
print(r"r\n", R"R\n")
print(b"b", B"B")
print(br"br\n", Br"Br\n", rB"rB\n", RB"RB\n")
print(f"f{v}", F"F{v}")
print(fr"fr\n{v}", Fr"Fr{v}", rf"rf{v}", RF"RF\t{v}")
print(type(u"").__name__, type(rb"").__name__)
print(u"\u00e9" == "é")
