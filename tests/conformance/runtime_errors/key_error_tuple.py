# KeyError with a tuple key (repr of the key appears in the message).
grid = {(0, 0): "start", (1, 0): "path"}
print(grid[(0, 0)], grid[1, 0])
print(grid[(2, 5)])
