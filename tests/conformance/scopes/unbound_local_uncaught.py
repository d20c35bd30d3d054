# Uncaught UnboundLocalError: a local that shadows a global is read before assignment.
balance = 100

def apply_interest(rate):
    print("rate", rate)
    if rate > 0:
        balance = balance * (1 + rate)
    return balance

apply_interest(0.05)
