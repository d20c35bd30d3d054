import sys

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print("fib(50) =", fib(50))
print("args:", sys.argv[1:])
