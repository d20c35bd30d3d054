# An error raised while executing a class body at definition time.
print("defining classes")
class Fine:
    LIMIT = 10
print("Fine defined, LIMIT =", Fine.LIMIT)
class Broken:
    LIMIT = 10
    HALF = LIMIT / 0
print("not reached")
