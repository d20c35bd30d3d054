# Reconciling a ledger; an unbalanced account raises a custom exception that is not caught.
class ReconciliationError(Exception):
    def __init__(self, account, expected, actual):
        super().__init__(f"account {account}: expected {expected:.2f}, found {actual:.2f}")


ledger = [
    ("cash", +1000.00), ("cash", -250.50), ("bank", +5000.00), ("cash", -49.50),
    ("bank", -1200.00), ("card", -300.00), ("card", +300.00), ("bank", -0.01),
]
statements = {"cash": 700.00, "bank": 3800.00, "card": 0.00}

balances = {}
for account, amount in ledger:
    balances[account] = round(balances.get(account, 0) + amount, 2)

for account in sorted(balances):
    actual, expected = balances[account], statements[account]
    print(f"{account:<5} ledger={actual:>9.2f} statement={expected:>9.2f}")
    if actual != expected:
        raise ReconciliationError(account, expected, actual)
print("all accounts reconciled")
