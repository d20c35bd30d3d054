# Generators capture variables from their enclosing scope by reference.
def make_gens():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g)
    return [next(f()) for f in gens]
print(make_gens())
def make_gens_bound():
    return [next((lambda i: (x for x in [i]))(i)) for i in range(3)]
print(make_gens_bound())
def outer():
    state = {"n": 0}
    def gen():
        while state["n"] < 3:
            state["n"] += 1
            yield state["n"]
    return gen, state
gen, state = outer()
g = gen()
print(next(g), state)
state["n"] = 2
print(list(g), state)
def counter():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    return gen(), lambda: count
g, peek = counter()
next(g); next(g)
print(peek())
x = 10
gx = (x + i for i in range(2))
x = 20
print(list(gx))
gy = (i for i in range(x))
x = 2
print(len(list(gy)))
