# Uncaught TypeError raised when a method is called with a missing argument deep in a call chain.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

def process(acct, amounts):
    for a in amounts:
        print("deposit", a, "->", acct.deposit(a))
    print("final deposit")
    return acct.deposit()

acct = Account("ann")
process(acct, [10, 20])
print("unreachable")
