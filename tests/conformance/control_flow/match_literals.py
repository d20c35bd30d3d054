# match statement: literal patterns, or-patterns, wildcard, None/True/False.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 3.5:
            return "three and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 1j:
            return "imaginary"
        case _:
            return f"other: {x!r}"
for v in [0, 1, 3, -1, 3.5, "hi", "hello", b"raw", None, True, False, 1j, 99, "bye", 0.0, 2.0]:
    print(repr(v), "->", describe(v))
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case _ if 500 <= status < 600:
            return "server error"
        case _:
            return "unknown"
print([http(s) for s in (200, 204, 302, 404, 503, 418)])
