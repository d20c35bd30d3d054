# sys.exit(0) in the middle of the program: status 0, output so far is kept.
import sys
print("line 1")
sys.stdout.write("line 2\n")
sys.exit(0)
print("never")
