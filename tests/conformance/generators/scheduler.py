# A round-robin task scheduler built on generators (cooperative multitasking).
class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready:
            name, gen, value = self.ready.pop(0)
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"{name} finished -> {stop.value!r}")
                continue
            if request == "yield":
                self.ready.append((name, gen, None))
            elif isinstance(request, tuple) and request[0] == "spawn":
                _, child_name, child = request
                self.spawn(child_name, child)
                self.ready.append((name, gen, child_name))
            else:
                self.log.append(f"{name} said {request!r}")
                self.ready.append((name, gen, len(self.log)))
def counter(name, n):
    total = 0
    for i in range(n):
        print(f"{name}: step {i}")
        total += i
        yield "yield"
    return total
def parent():
    child = yield ("spawn", "child", counter("child", 2))
    print("parent spawned", child)
    idx = yield "hello"
    print("parent log index", idx)
    return "parent done"
s = Scheduler()
s.spawn("A", counter("A", 3))
s.spawn("B", counter("B", 2))
s.spawn("P", parent())
s.run()
for line in s.log:
    print(line)
print(sorted(s.results.items()))
