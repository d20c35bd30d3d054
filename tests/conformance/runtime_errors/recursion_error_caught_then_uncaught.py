# A RecursionError can be caught; the program recovers, then overflows again uncaught.
import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("caught:", e)
print("recursion limit:", sys.getrecursionlimit())
def f(n):
    return n if n == 0 else f(n - 1)
print(f(500))
class Node:
    def __init__(self):
        self.child = self
    def size(self):
        return 1 + self.child.size()
print(Node().size())
