# Failed assert with a message: AssertionError: <message>.
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, "insufficient funds"
    return balance - amount

b = 100
b = withdraw(b, 30)
print(b)
b = withdraw(b, 50)
print(b)
b = withdraw(b, 25)
print(b)
