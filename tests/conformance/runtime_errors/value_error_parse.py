# ValueError from int() on bad input, not caught.
raw = "10 20 thirty 40"
total = 0
for tok in raw.split():
    n = int(tok)
    total += n
    print("running total", total)
