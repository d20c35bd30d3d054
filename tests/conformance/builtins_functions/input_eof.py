# input() with an empty stdin raises EOFError.
print("asking for input")
try:
    value = input()
    print("got", repr(value))
except EOFError as e:
    print("EOFError:", repr(e), str(e) == "EOF when reading a line")
try:
    input("prompt> ")
except EOFError:
    print()
    print("EOFError again")
