# all, any (short circuit), callable, bool.
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, "", None]), any([0, "x"]))
print(all("abc"), any(""), all([[]]), any([[]]), all(x > 0 for x in range(1, 5)))
def noisy(v):
    print("checking", v)
    return v
print(all(noisy(v) for v in [1, 0, 2]))
print(any(noisy(v) for v in [0, 3, 0]))
print(callable(len), callable(lambda: 0), callable(int), callable("s"), callable(None), callable(print))
class C:
    def method(self):
        pass
class WithCall:
    def __call__(self):
        return "called"
print(callable(C), callable(C()), callable(C().method), callable(WithCall()), callable(WithCall))
print(bool(), bool(0), bool(1), bool([]), bool([0]), bool("False"), bool(0.0), bool(-1))
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
