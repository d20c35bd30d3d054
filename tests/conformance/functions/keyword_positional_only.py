# Positional-only (/) and keyword-only (*) parameters.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, f=60))
print(f(1, 2, 3, 4, e=5))
def pos_only(x, y=2, /):
    return x + y
print(pos_only(1), pos_only(1, 10))
def kw_names(a, /, **kw):
    return a, kw
print(kw_names(1, a=2))
def star_only(*, flag=False):
    return flag
print(star_only(), star_only(flag=True))
for call in [
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, 5),
    lambda: pos_only(x=1),
    lambda: star_only(True),
    lambda: f(1, 2, 3, e=5, g=7),
    lambda: f(1, 2, 3, c=3, e=5),
]:
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
