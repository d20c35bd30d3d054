# send(): coroutine-style generators, priming, running averages.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    print("running total", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
fresh = accumulate()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))
def grep(pattern):
    print(f"looking for {pattern!r}")
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("closing grep with", matches)
        raise
g = grep("py")
next(g)
for line in ["python", "java", "pypy", "ruby"]:
    g.send(line)
g.close()
