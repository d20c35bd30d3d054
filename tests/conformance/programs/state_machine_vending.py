# A vending machine modelled as a state machine with coins, selection, change and refunds.
class VendingMachine:
    PRODUCTS = {"A1": ("chips", 150), "A2": ("candy", 85), "B1": ("water", 100)}
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock):
        self.state = "idle"
        self.credit = 0
        self.stock = dict(stock)
        self.bank = {c: 5 for c in self.COINS}
        self.sales = []

    def insert(self, coin):
        if coin not in self.COINS:
            return f"rejected coin {coin}"
        self.credit += coin
        self.bank[coin] += 1
        self.state = "has_credit"
        return f"credit {self.credit}"

    def make_change(self, amount):
        change = []
        for c in self.COINS:
            while amount >= c and self.bank[c] > 0:
                amount -= c
                self.bank[c] -= 1
                change.append(c)
        if amount:
            for c in change:
                self.bank[c] += 1
            return None
        return change

    def select(self, code):
        if self.state != "has_credit":
            return "insert coins first"
        if code not in self.PRODUCTS:
            return f"unknown product {code}"
        name, price = self.PRODUCTS[code]
        if self.stock.get(code, 0) == 0:
            return f"{name} sold out"
        if self.credit < price:
            return f"{name} costs {price}, credit {self.credit}"
        change = self.make_change(self.credit - price)
        if change is None:
            return "cannot make change, use exact amount"
        self.stock[code] -= 1
        self.sales.append(name)
        self.credit = 0
        self.state = "idle"
        return f"vend {name}, change {change}"

    def refund(self):
        amount, self.credit, self.state = self.credit, 0, "idle"
        return f"refund {self.make_change(amount)}"


vm = VendingMachine({"A1": 1, "A2": 5, "B1": 0})
script = [("select", "A1"), ("insert", 100), ("insert", 3), ("select", "A1"), ("insert", 100),
          ("select", "A1"), ("insert", 200), ("select", "A1"), ("select", "B1"), ("select", "A2"),
          ("insert", 20), ("insert", 50), ("refund",), ("insert", 5), ("select", "Z9"), ("refund",)]
for step in script:
    action = getattr(vm, step[0])
    print(f"{' '.join(map(str, step)):<12} -> {action(*step[1:])}  [{vm.state}]")
print("sales:", vm.sales, "stock:", vm.stock)
print("bank:", vm.bank)
