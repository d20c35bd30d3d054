# SystemExit raised by sys.exit carries its code; caught here, then a final sys.exit(4).
import sys
for arg in [(), (0,), (2,), ("message",), (None,), ([1, 2],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(f"sys.exit{arg!r}: code={e.code!r} args={e.args!r}")
def nested():
    try:
        sys.exit(7)
    finally:
        print("finally in nested")
try:
    nested()
except SystemExit as e:
    print("caught", e.code)
print("exiting with 4")
sys.exit(4)
