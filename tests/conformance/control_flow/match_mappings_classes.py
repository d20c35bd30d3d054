# match: mapping patterns, **rest, class patterns with positional and keyword sub-patterns.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at ({x}, {y})"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown event type {t}"
        case {}:
            return "empty mapping"
        case _:
            return "not a mapping"
for ev in [{"type": "click", "x": 1, "y": 2, "button": "left"}, {"type": "key", "key": "Q"},
           {"type": "key", "key": "a", "shift": True}, {"type": "scroll"}, {"other": 1}, [1]]:
    print(handle(ev))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y-axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on x-axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle at x={cx}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9),
            Circle(Point(0, 0), 3), Circle(Point(4, 1), 20), Circle(Point(4, 1), 2), 7, 2.5, "s", None]:
    print(where(obj))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
