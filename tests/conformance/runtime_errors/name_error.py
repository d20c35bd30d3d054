# NameError for an undefined global referenced in a function.
def greet(name):
    return "Hello, " + name

print(greet("world"))
print(greet(username))
