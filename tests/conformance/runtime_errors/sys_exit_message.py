# sys.exit("msg") prints msg to stderr and exits with status 1.
import sys
def validate(args):
    if len(args) < 3:
        sys.exit("usage: prog SOURCE DEST")
print("validating", len(sys.argv), "argument(s)")
validate(sys.argv)
print("not reached")
