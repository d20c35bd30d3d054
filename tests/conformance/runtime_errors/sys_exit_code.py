# sys.exit(3) ends the program with exit code 3 and prints nothing to stderr.
import sys
print("doing work")
for step in range(3):
    print("step", step)
    if step == 1:
        print("bailing out with status 3")
        sys.exit(3)
print("not reached")
