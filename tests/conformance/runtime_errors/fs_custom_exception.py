# conformance: full-stderr
# A custom exception class defined in __main__ is printed without a module prefix.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount


acct = Account(50)
acct.withdraw(20)
print("balance", acct.balance)
acct.withdraw(40)
