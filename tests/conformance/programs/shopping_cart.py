# A shopping cart with discounts (strategy functions), taxes, and receipt formatting.
def percent_off(pct):
    def rule(cart):
        return cart.subtotal() * pct / 100
    rule.__name__ = f"{pct}% off"
    return rule

def buy_x_get_one(sku, x):
    def rule(cart):
        qty = cart.items.get(sku, (0, 0))[1]
        price = cart.items.get(sku, (0, 0))[0]
        return (qty // (x + 1)) * price
    rule.__name__ = f"buy {x} {sku} get 1 free"
    return rule

def threshold(minimum, amount):
    def rule(cart):
        return amount if cart.subtotal() >= minimum else 0
    rule.__name__ = f"{amount} off over {minimum}"
    return rule

class Cart:
    TAX = 0.08

    def __init__(self):
        self.items = {}
        self.rules = []

    def add(self, sku, price, qty=1):
        old_price, old_qty = self.items.get(sku, (price, 0))
        self.items[sku] = (price, old_qty + qty)
        return self

    def remove(self, sku, qty=1):
        price, have = self.items[sku]
        if qty >= have:
            del self.items[sku]
        else:
            self.items[sku] = (price, have - qty)
        return self

    def subtotal(self):
        return sum(p * q for p, q in self.items.values())

    def receipt(self):
        lines = [f"{sku:<10}{q:>3} x {p:>6.2f} = {p * q:>7.2f}" for sku, (p, q) in self.items.items()]
        sub = self.subtotal()
        lines.append(f"{'subtotal':<25}{sub:>7.2f}")
        discount = 0
        for rule in self.rules:
            d = round(rule(self), 2)
            if d:
                lines.append(f"  {rule.__name__:<23}{-d:>7.2f}")
                discount += d
        taxed = round((sub - discount) * self.TAX, 2)
        lines.append(f"{'tax':<25}{taxed:>7.2f}")
        lines.append(f"{'TOTAL':<25}{sub - discount + taxed:>7.2f}")
        return "\n".join(lines)

cart = Cart().add("apple", 0.5, 6).add("bread", 2.25).add("cheese", 7.8, 2).add("apple", 0.5, 2)
cart.rules = [buy_x_get_one("apple", 3), threshold(20, 5), percent_off(10)]
print(cart.receipt())
cart.remove("cheese").remove("apple", 5)
print()
print(cart.receipt())
try:
    cart.remove("caviar")
except KeyError as e:
    print("KeyError:", e)
