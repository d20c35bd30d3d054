# Ten-pin bowling score calculator with validation and per-frame running totals.
class BowlingError(ValueError):
    pass

def frames(rolls):
    i, out = 0, []
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            out.append(("strike", rolls[i:i + 3]))
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) < 2:
                raise BowlingError(f"incomplete frame {frame + 1}")
            if sum(pair) > 10:
                raise BowlingError(f"frame {frame + 1} knocks {sum(pair)} pins")
            if sum(pair) == 10:
                out.append(("spare", rolls[i:i + 3]))
            else:
                out.append(("open", pair))
            i += 2
    bonus_needed = {"strike": 3, "spare": 3, "open": 2}[out[-1][0]]
    if len(out[-1][1]) < bonus_needed:
        raise BowlingError("missing bonus rolls")
    extra = len(rolls) - i - (bonus_needed - (1 if out[-1][0] == "strike" else 2))
    if extra > 0:
        raise BowlingError(f"{extra} roll(s) after the game ended")
    return out

def score(rolls):
    total, running = 0, []
    for kind, pins in frames(rolls):
        total += sum(pins)
        running.append(total)
    return total, running

games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "typical": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [6, 6] + [0] * 18,
    "short": [10, 10],
    "extra": [0] * 21,
}
for name, rolls in games.items():
    try:
        total, running = score(rolls)
        print(f"{name:<14}{total:>4}  {running}")
    except BowlingError as e:
        print(f"{name:<14} error: {e}")
