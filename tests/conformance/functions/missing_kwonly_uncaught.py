# Uncaught TypeError: missing required keyword-only argument.
def connect(host, port=80, *, timeout, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"

print(connect("example", timeout=5))
print(connect("example", 8080, timeout=1, retries=0))
print(connect("example", 443))
