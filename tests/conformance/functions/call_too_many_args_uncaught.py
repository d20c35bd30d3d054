# An uncaught TypeError from calling with too many positional arguments.
def area(width, height):
    return width * height

print(area(3, 4))
print(area(width=2, height=5))
shapes = [(1, 2), (3, 4, 5)]
for shape in shapes:
    print("area:", area(*shape))
