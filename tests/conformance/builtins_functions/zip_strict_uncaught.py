# zip(strict=True) raises an uncaught ValueError when lengths differ.
names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for n, s in zip(names, scores, strict=True):
    print(n, s)
names.append("dee")
pairs = dict(zip(names, scores, strict=True))
print(pairs)
