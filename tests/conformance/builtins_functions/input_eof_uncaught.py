# An uncaught EOFError from input() when stdin is empty.
name = "world"
print(f"hello {name}")
answer = input("continue? ")
print("never reached", answer)
