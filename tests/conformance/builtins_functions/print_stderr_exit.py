# Output interleaving on stdout and stderr, then a non-zero exit via sys.exit.
import sys
print("stdout line 1")
print("stderr line 1", file=sys.stderr)
sys.stdout.write("stdout line 2\n")
sys.stderr.write("stderr line 2\n")
print("stdout line 3", flush=True)
sys.exit("fatal: configuration missing")
