# An exception escaping a list comprehension is not caught (KeyError).
prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
cart = ["apple", "milk", "bread", "apple"]
print([prices[item] for item in cart])
print(round(sum(prices[item] for item in cart), 2))
cart.append("caviar")
print([prices[item] for item in cart])
