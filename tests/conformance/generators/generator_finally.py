# finally blocks and try/except in generators; break out of a for over a generator.
def resource(name):
    print(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print(f"close {name}")
for item in resource("A"):
    print(item)
print("--")
g = resource("B")
for item in g:
    print(item)
    if item.endswith("1"):
        break
print("after break, before close")
g.close()
print("--")
def gen_with_except():
    try:
        yield 1
        raise ValueError("inside gen")
    except ValueError as e:
        yield f"handled {e}"
    yield "end"
print(list(gen_with_except()))
def raises_midway():
    yield "first"
    raise KeyError("midway")
out = []
try:
    for v in raises_midway():
        out.append(v)
except KeyError as e:
    print("caught from generator", repr(e), out)
def finally_yield():
    try:
        yield "body"
    finally:
        print("finally before final yield")
    yield "after finally"
print(list(finally_yield()))
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n.close()
