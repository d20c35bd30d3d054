# TypeError: unsupported operand type(s) for +: 'int' and 'str'.
total = 0
for item in [5, 10, "15", 20]:
    print("adding", repr(item))
    total = total + item
print(total)
