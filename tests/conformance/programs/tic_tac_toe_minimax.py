# Tic-tac-toe with a minimax AI (with memoization) playing against itself and against scripted moves.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if " " not in b else None

memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        result = ({"X": 1, "O": -1, "draw": 0}[w], None)
    else:
        best = None
        for i in range(9):
            if b[i] == " ":
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result

def show(b):
    return "\n".join(" " + " | ".join(b[r * 3:r * 3 + 3]) for r in range(3))

board, player = " " * 9, "X"
while not winner(board):
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
print(show(board))
print("self-play result:", winner(board), "| positions memoized:", len(memo))
board = " " * 9
human_moves = iter([0, 8, 6])
turn = "O"
while not winner(board):
    if turn == "O":
        move = next(m for m in human_moves if board[m] == " ")
    else:
        _, move = minimax(board, "X")
    board = board[:move] + turn + board[move + 1:]
    print(f"{turn} plays {move}")
    turn = "X" if turn == "O" else "O"
print(show(board))
print("result:", winner(board))
