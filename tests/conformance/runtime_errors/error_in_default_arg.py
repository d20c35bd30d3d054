# An error while evaluating a default argument happens at def time.
config = {"retries": 3}
def fetch(url, retries=config["retries"]):
    return f"{url} x{retries}"
print(fetch("a"))
def upload(path, timeout=config["timeout"]):
    return path
print("not reached")
