# sys.exit(True) exits with status 1 (bool is an int); sys.exit(False) would be 0.
import sys
try:
    sys.exit(False)
except SystemExit as e:
    print("code", e.code, type(e.code).__name__)
print("now exiting with True")
sys.exit(True)
