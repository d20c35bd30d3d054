# An uncaught custom exception whose __str__ is overridden; the last stderr line uses it.
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"

def fetch(path):
    routes = {"/": "home", "/about": "about page"}
    if path not in routes:
        raise HttpError(404, "Not Found")
    return routes[path]

for p in ["/", "/about", "/missing"]:
    print(p, "->", fetch(p))
