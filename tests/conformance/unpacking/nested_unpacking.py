# Nested unpacking targets.
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
[x, [y, [z]]] = [1, [2, [3]]]
print(x, y, z)
name, (lat, lon), tags = ("HQ", (51.5, -0.12), ["main", "office"])
print(name, lat, lon, tags)
(a, *b), c = "xyz", 5
print(a, b, c)
points = [((0, 0), "origin"), ((1, 2), "p1"), ((3, -1), "p2")]
for (px, py), label in points:
    print(label, px + py)
data = {"alice": (30, ("NYC", "10001")), "bob": (25, ("LA", "90001"))}
for person, (age, (city, zipcode)) in data.items():
    print(person, age, city, zipcode)
matrix = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = matrix
print(m00 * m11 - m01 * m10)
(((deep,),),) = (((7,),),)
print(deep)
for i, (a, (b, *c)) in enumerate([(1, (2, 3, 4)), (5, (6,))]):
    print(i, a, b, c)
