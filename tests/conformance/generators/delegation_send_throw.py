# send/throw/close are forwarded through yield from to the innermost generator.
def inner():
    try:
        while True:
            try:
                v = yield "inner ready"
                print("inner got", v)
            except KeyError as e:
                print("inner handled", repr(e))
    finally:
        print("inner finally")
def middle():
    try:
        r = yield from inner()
        print("middle result", r)
    finally:
        print("middle finally")
g = middle()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("outer caught", repr(e))
g2 = middle()
next(g2)
g2.close()
print("g2 closed")
def sub():
    x = yield 1
    return x * 2
def top():
    total = 0
    for _ in range(3):
        total += yield from sub()
    return total
t = top()
print(next(t))
print(t.send(1))
print(t.send(2))
try:
    t.send(3)
except StopIteration as e:
    print("total", e.value)
