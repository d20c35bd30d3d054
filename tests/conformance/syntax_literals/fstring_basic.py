# f-strings: expressions, conversions, nesting of quotes.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value"}
print(f"Hello, {name}!")
print(F"{n} {n + 1} {n * 2}")
print(f"{name!r} {name!s} {name!a}", f"{'é'!a}")
print(f"{items} {items[0]} {items[-1]} {len(items)}")
print(f"{d['key']} {d}")
print(f'{"nested quotes"}', f"{'single inside'}")
print(f"{{literal braces}} {{{n}}}")
print(f"{n if n > 10 else 0}")
print(f"{'a' + 'b'}{'c' * 3}")
print(f"{[x * x for x in items]}")
print(f"{(lambda x: x + 1)(5)}")
print(rf"raw {name}\n", fr"\t{n}")
print(f"""triple {name}
second line {n}""")
print(f"{name}" f"{n}" "plain")
obj = 3 + 4j
print(f"{obj.real} {obj.imag} {abs(obj)}")
print(f"{n!r:>6}|{name!r:<10}|")
print(f"{'multi'}{'ple'}{'parts'}")
print(f"{n:{'>'}{8}}")
print(f"{None} {True} {1.5} {b'x'}")
