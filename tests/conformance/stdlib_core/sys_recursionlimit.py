# sys.getrecursionlimit / setrecursionlimit effects on deep recursion.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
old = sys.getrecursionlimit()
print("default limit", old)
print(depth(800))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(100))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
