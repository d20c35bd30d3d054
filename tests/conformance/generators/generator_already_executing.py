# A generator that tries to resume itself raises ValueError: generator already executing.
def worker():
    value = yield "started"
    while True:
        if value == "recurse":
            gen.send(None)
        value = yield f"handled {value}"

gen = worker()
print(next(gen))
print(gen.send("a"))
print(gen.send("b"))
print(gen.send("recurse"))
