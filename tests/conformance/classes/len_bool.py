# __len__ and __bool__ drive truthiness; errors for bad return values.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
class BoolBeatsLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(Empty()), bool(Full()), len(Full()))
print(bool(Flag(False)), bool(BoolBeatsLen()), bool(Neither()))
if Flag(True):
    print("truthy branch")
print("yes" if Empty() else "no", not Full())
print(Flag(False) or "fallback")
x = Flag(True) and "second"
print(x)
class BadLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
class BigLen:
    def __len__(self):
        return "3"
for obj in (BadLen(), BadBool(), BigLen()):
    try:
        bool(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
while Flag(False):
    print("never")
print(len(range(10 ** 6)))
