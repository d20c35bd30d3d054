# conformance: full-stderr
# sys.exit("message"): stderr holds exactly the message, no traceback.
import sys

print("checking configuration")
print("error goes to stderr", file=sys.stderr)
sys.exit("configuration file not found")
