import signal

print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGUSR2, signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(int(signal.SIG_DFL), int(signal.SIG_IGN))

got = []


def handler(signum, frame):
    got.append(signum)


old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("handled before raise_signal returned:", got)

# SIG_IGN: nothing happens.
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored", signal.getsignal(signal.SIGINT) == signal.SIG_IGN)

# The default handler raises KeyboardInterrupt.
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt from default_int_handler")


def raising(signum, frame):
    raise ValueError("from handler %d" % signum)


signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print(e)

# A signal raised inside a handler runs its own handler at once.
events = []


def outer(signum, frame):
    events.append(("outer", signum))
    signal.raise_signal(signal.SIGUSR2)
    events.append("outer done")


signal.signal(signal.SIGUSR2, lambda signum, frame: events.append(("inner", signum)))
signal.signal(signal.SIGUSR1, outer)
signal.raise_signal(signal.SIGUSR1)
print(events)

# A handler that loops is itself interruptible by a later signal.
count = 0


def counting(signum, frame):
    global count
    count += 1
    if count < 3:
        signal.raise_signal(signal.SIGUSR1)


signal.signal(signal.SIGUSR1, counting)
signal.raise_signal(signal.SIGUSR1)
print("re-entered handler", count, "times")

for bad in (0, 65, -1):
    try:
        signal.signal(bad, signal.SIG_IGN)
    except ValueError as e:
        print("signal", bad, "ValueError:", e)
    try:
        signal.getsignal(bad)
    except ValueError as e:
        print("getsignal", bad, "ValueError:", e)
try:
    signal.signal(signal.SIGUSR1, 42)
except TypeError as e:
    print("TypeError:", e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    signal.raise_signal(99)
except OSError as e:
    print(type(e).__name__, e.errno)
print(sorted(int(s) for s in signal.valid_signals())[:3], len(signal.valid_signals()) > 30)
