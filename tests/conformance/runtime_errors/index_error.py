# IndexError: list index out of range.
queue = ["first", "second"]
print(queue[0], queue[-1])
queue.pop(0)
print(queue[0])
print(queue[1])
