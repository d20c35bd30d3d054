# A property setter rejects a value; the ValueError is not caught.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"balance cannot be negative: {value}")
        self._balance = value

    def withdraw(self, amount):
        self.balance = self.balance - amount
        return self.balance

acct = Account("bob", 100)
print(acct.withdraw(30))
print(acct.withdraw(70))
print(acct.withdraw(1))
