# A bank with accounts, transfers, overdraft protection, and a transaction log.
class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0, overdraft=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.overdraft = overdraft
        self.history = [("open", balance)]

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(f"{self.owner}: cannot withdraw {amount}, balance {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account(#{self.id} {self.owner} {self._balance:.2f})"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, **kw):
        acct = Account(owner, **kw)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open("alice", balance=100)
bob = bank.open("bob", balance=20, overdraft=50)
print(alice, bob)
print(bank.transfer(alice.id, bob.id, 30))
print(bank.transfer(bob.id, alice.id, 90))
print(bank.transfer(bob.id, alice.id, 20))
print(alice, bob, bank.total())
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    print(acct.owner, acct.history)
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest:", richest.owner)
