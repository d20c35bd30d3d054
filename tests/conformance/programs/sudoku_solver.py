# A backtracking Sudoku solver with constraint checks.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    return [[0 if ch == "." else int(ch) for ch in line] for line in text.strip().splitlines()]

def candidates(board, r, c):
    used = set(board[r]) | {board[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {board[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

steps = 0
def solve(board):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                cand = candidates(board, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        steps += 1
        board[r][c] = d
        if solve(board):
            return True
    board[r][c] = 0
    return False

def show(board):
    for i, row in enumerate(board):
        if i and i % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v) for v in row[j:j + 3]) for j in (0, 3, 6)))

board = parse(PUZZLE)
print(solve(board), "solved in", steps, "placements")
show(board)
ok = all(sorted(row) == list(range(1, 10)) for row in board) and \
     all(sorted(board[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9))
print("valid:", ok)
