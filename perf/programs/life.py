"""Conway's Game of Life on an unbounded board stored as a dict keyed by (x, y)
tuples: neighbour counts are accumulated in a second dict each generation.
Starts from an R-pentomino next to a pseudo-random soup; tuple hashing, dict
get/set and tuple unpacking dominate.
"""

GENERATIONS = 300
SOUP = 5000

OFFSETS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def seed():
    cells = {}
    for x, y in [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)]:
        cells[(x, y)] = 0
    # A deterministic soup of cells well away from the pentomino.
    state = 7
    for i in range(SOUP):
        state = (state * 75 + 74) % 65537
        cells[(40 + state % 128, -30 + (state >> 7) % 128)] = 0
    return cells


def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx, dy in OFFSETS:
            key = (x + dx, y + dy)
            counts[key] = counts.get(key, 0) + 1
    born = {}
    for key, n in counts.items():
        if n == 3:
            born[key] = cells.get(key, -1) + 1
        elif n == 2 and key in cells:
            born[key] = cells[key] + 1
    return born


def main():
    cells = seed()
    history = []
    for g in range(GENERATIONS):
        cells = step(cells)
        if g % 50 == 49:
            history.append(len(cells))
    xs = [x for x, _ in cells]
    ys = [y for _, y in cells]
    oldest = max(cells.values())
    print("population", history)
    print("bounds", min(xs), max(xs), min(ys), max(ys), "oldest", oldest)


main()
