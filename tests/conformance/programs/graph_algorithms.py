# Graph algorithms on adjacency dicts: BFS, DFS, topological sort, cycle detection, components.
edges = [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
         ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"),
         ("undershorts", "shoes")]
graph = {}
for a, b in edges:
    graph.setdefault(a, []).append(b)
    graph.setdefault(b, [])
graph["watch"] = []

def topo_sort(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(g):
        raise ValueError("graph has a cycle")
    return order

print(topo_sort(graph))

def bfs(g, start):
    seen, queue, order = {start}, [start], []
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in g[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order

def dfs(g, start, seen=None):
    seen = set() if seen is None else seen
    seen.add(start)
    out = [start]
    for m in g[start]:
        if m not in seen:
            out += dfs(g, m, seen)
    return out

print(bfs(graph, "undershorts"))
print(dfs(graph, "undershorts"))
cyclic = {"a": ["b"], "b": ["c"], "c": ["a"], "d": []}
try:
    topo_sort(cyclic)
except ValueError as e:
    print("ValueError:", e)
def components(g):
    undirected = {n: set() for n in g}
    for n in g:
        for m in g[n]:
            undirected[n].add(m)
            undirected[m].add(n)
    seen, comps = set(), []
    for n in sorted(undirected):
        if n not in seen:
            stack, comp = [n], []
            seen.add(n)
            while stack:
                x = stack.pop()
                comp.append(x)
                for y in sorted(undirected[x]):
                    if y not in seen:
                        seen.add(y)
                        stack.append(y)
            comps.append(sorted(comp))
    return comps
print(components(graph))
print(components(cyclic))
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#E"]
def shortest(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    dist = {start: 0}
    q = [start]
    while q:
        r, c = q.pop(0)
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1
print("maze shortest path:", shortest(grid))
