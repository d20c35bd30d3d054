# Raw string literals.
print(r"C:\new\table", R"\d+\s*", r'\'')
print(len(r"\n"), len("\n"), r"\n" == "\\n")
print(repr(r"\x41"), repr(r"a\\b"))
print(r"""raw
triple \t""")
print(rb"\x00", Rb"\n", bR"\t", BR"x\y")
print(r"\N{DASH}", r"\u1234")
pattern = r"(\w+)@(\w+)\.com"
print(pattern, len(pattern))
print(r"\\" == "\\\\")
print(r"" + "x", r"end\\")
