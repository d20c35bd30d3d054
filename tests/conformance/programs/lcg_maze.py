# Deterministic maze generation with a hand-written linear congruential generator, then solving it.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def randrange(self, n):
        return self.next() % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.randrange(i + 1)
            items[i], items[j] = items[j], items[i]

def generate(w, h, rng):
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        dirs = [(1, 0), (-1, 0), (0, 1), (0, -1)]
        rng.shuffle(dirs)
        for dx, dy in dirs:
            nx, ny = x + dx, y + dy
            if 0 <= nx < w and 0 <= ny < h and (nx, ny) not in seen:
                seen.add((nx, ny))
                grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
                grid[2 * ny + 1][2 * nx + 1] = " "
                stack.append((nx, ny))
                break
        else:
            stack.pop()
    return grid

def solve(grid):
    start, goal = (1, 1), (len(grid) - 2, len(grid[0]) - 2)
    prev = {start: None}
    queue = [start]
    while queue:
        cur = queue.pop(0)
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] == " " and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                queue.append((nr, nc))
    path, node = [], goal
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1]

rng = LCG(2024)
print([rng.randrange(100) for _ in range(10)])
maze = generate(8, 5, LCG(7))
path = solve(maze)
for r, c in path:
    maze[r][c] = "."
print("\n".join("".join(row) for row in maze))
print("path length:", len(path))
