# time module: only deterministic properties (types, monotonicity), never values.
import time
t = time.time()
print(type(t).__name__, t > 1_600_000_000)
m1 = time.monotonic()
total = 0
for i in range(10000):
    total += i
m2 = time.monotonic()
print(m2 >= m1, type(m1).__name__)
p1 = time.perf_counter()
p2 = time.perf_counter()
print(p2 >= p1)
ns = time.time_ns()
print(type(ns).__name__, ns > 1_600_000_000 * 10 ** 9)
start = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - start >= 0.009)
print(callable(time.sleep), hasattr(time, "strftime"))
