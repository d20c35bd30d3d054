# conformance: full-stderr
import signal


def work():
    signal.raise_signal(signal.SIGINT)


print("before")
try:
    work()
finally:
    print("finally runs")
