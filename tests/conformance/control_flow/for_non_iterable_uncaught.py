# Iterating over a value that is not iterable raises an uncaught TypeError.
def total_length(groups):
    total = 0
    for name, members in groups.items():
        count = 0
        for m in members:
            count += 1
        print(name, count)
        total += count
    return total

print(total_length({"admins": ["ann", "bob"], "users": ("cy", "di", "ed")}))
print(total_length({"guests": [], "bots": 3}))
