# Conway's Game of Life on a small toroidal grid, printed generation by generation.
def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}

def step(live, rows, cols):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

glider = parse("""
.#....
..#...
###...
......
......
......
""")
rows = cols = 6
state = glider
for gen in range(5):
    print(f"generation {gen} ({len(state)} alive)")
    print(render(state, rows, cols))
    state = step(state, rows, cols)
blinker = parse("""
.....
..#..
..#..
..#..
.....
""")
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(b1), b2 == blinker)
