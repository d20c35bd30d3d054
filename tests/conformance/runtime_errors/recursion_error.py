# Infinite recursion ends in RecursionError: maximum recursion depth exceeded.
def countdown(n):
    if n == 0:
        print("liftoff")
        return
    countdown(n - 1)

countdown(10)

def forever(n):
    return forever(n + 1) + 1

print("starting infinite recursion")
forever(0)
