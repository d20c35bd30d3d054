# print with sep, end, file=sys.stderr, flush; printing of various objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" -> ")
print("no newline", end="")
print(" continued", end="!\n")
print(1, 2.5, None, True, [1, "x"], (1,), {"k": 1}, sep="|")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5))
print(*range(5), sep=", ", end=".\n")
print("multi\nline")
print("", end="")
print(sep="X")
print("tab\tsep", "x", sep="\t")
print("end=None", end=None)
print("sep=None", "ok", sep=None)
sys.stdout.write("via write\n")
n = sys.stdout.write("count me\n")
print(n)
print("é😀", len("é😀"))
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=1)
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __str__(self):
        return "Weird.__str__"
print(Weird(), [Weird().__str__()])
print("last line", file=sys.stdout)
