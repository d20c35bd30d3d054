# sys.exit() and sys.exit(None) exit with status 0; finally blocks still run.
import sys
try:
    print("about to exit")
    sys.exit(None)
finally:
    print("finally runs during SystemExit")
print("not reached")
