# Truthiness rules across types and in control flow.
values = [0, 0.0, 0j, -0.0, "", b"", [], (), {}, set(), frozenset(), range(0), None, False,
          1, -1, 0.1, "0", " ", b"\x00", [0], (None,), {0: 0}, {0}, range(1), True, float("nan"), float("inf")]
for v in values:
    print(f"{v!r:<16} {bool(v)}")
class Falsy:
    def __bool__(self):
        return False
class EmptyLen:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(EmptyLen()), bool(object()))
result = []
for v in [0, 1, "", "a"]:
    if v:
        result.append(f"{v!r} truthy")
    elif not v:
        result.append(f"{v!r} falsy")
print(result)
n = 3
while n:
    n -= 1
print("loop ended at", n)
print([x for x in [0, 1, 2, "", "s", None] if x])
print(0 or "default", "" or [] or "last", 5 and 0, "a" and "b")
