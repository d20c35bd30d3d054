# AttributeError: 'int' object has no attribute 'foo'.
values = [1, 2, 3]
print(values.count(2))
n = values[0]
print(n.bit_length())
print(n.foo)
