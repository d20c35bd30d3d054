# sys.stdout.write/sys.stderr.write return values and interleaving with print.
import sys
n = sys.stdout.write("hello\n")
print("wrote", n, "chars")
m = sys.stdout.write("héllo 😀\n")
print("wrote", m, "chars")
sys.stderr.write("this goes to stderr\n")
print("after stderr write")
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
sys.stdout.flush()
print(sys.stdout.encoding.lower().replace("-", ""))
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print("end", file=sys.stdout)
