# Many lines of output with mixed print/sys.stdout.write (buffering and ordering).
import sys
for i in range(2000):
    if i % 3 == 0:
        sys.stdout.write(f"w{i}\n")
    else:
        print("p", i, sep="")
print("x" * 10000)
print("\n".join(str(n * n) for n in range(500)))
