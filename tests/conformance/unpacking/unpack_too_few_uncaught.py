# Uncaught ValueError: not enough values to unpack (expected 3, got 2).
records = [
    "alice,30,paris",
    "bob,25,london",
    "carol,41",
]
for line in records:
    name, age, city = line.split(",")
    print(f"{name} is {age} and lives in {city}")
