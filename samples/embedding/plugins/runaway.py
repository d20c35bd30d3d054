def run(text: str) -> str:
    n = 0
    while True:                             # never returns: the host interrupts it
        n += 1
