# match: sequence patterns with fixed length, star patterns, nested sequences.
def analyze(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if not middle:
            return "impossible"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"
print(analyze([]))
print(analyze([7]))
print(analyze((1, 2)))
print(analyze([0, 1, 2, 3]))
print(analyze([1, 2, 3, 4, 5]))
print(analyze(range(3)))
def strings_are_not_sequences(v):
    match v:
        case [a, b]:
            return f"sequence {a} {b}"
        case str():
            return "string"
        case _:
            return "other"
print(strings_are_not_sequences("ab"), strings_are_not_sequences(["a", "b"]), strings_are_not_sequences(b"ab"))
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [x, [y, [z]]]:
            return f"deep {x} {y} {z}"
        case [*_, [*inner]]:
            return f"last is a list of {len(inner)}"
        case _:
            return "no match"
print(nested([[1, 2], [3, 4]]), nested([1, [2, [3]]]), nested([0, 0, [1, 2, 3]]), nested([1]))
def star_only(v):
    match v:
        case [*everything]:
            return everything
print(star_only((1, 2)), star_only([]))
match (1, 2, 3):
    case (1, *others):
        print("tuple pattern", others)
match [1, "two", 3.0]:
    case [int(i), str(s), float(f)]:
        print("typed elements", i, s, f)
