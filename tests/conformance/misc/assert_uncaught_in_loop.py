# An invariant check with assert fails partway through processing.
inventory = {"apples": 5, "pears": 2}
orders = [("apples", 2), ("pears", 1), ("apples", 4)]
for item, qty in orders:
    inventory[item] -= qty
    print(f"shipped {qty} {item}, {inventory[item]} left")
    assert inventory[item] >= 0, f"negative stock for {item}: {inventory[item]}"
