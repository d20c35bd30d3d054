# An inventory manager: products, stock movements, reorder report, and validation errors.
class Product:
    def __init__(self, sku, name, price, stock=0, reorder_level=5):
        self.sku, self.name, self.price = sku, name, price
        self.stock, self.reorder_level = stock, reorder_level

    def __repr__(self):
        return f"<{self.sku} {self.name} x{self.stock}>"


class Inventory:
    def __init__(self):
        self.products = {}
        self.movements = []

    def add(self, product):
        if product.sku in self.products:
            raise KeyError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product

    def receive(self, sku, qty):
        self.products[sku].stock += qty
        self.movements.append((sku, +qty))

    def sell(self, sku, qty):
        p = self.products[sku]
        if qty > p.stock:
            raise ValueError(f"only {p.stock} {p.name} left, cannot sell {qty}")
        p.stock -= qty
        self.movements.append((sku, -qty))
        return qty * p.price

    def value(self):
        return sum(p.price * p.stock for p in self.products.values())

    def reorder_report(self):
        return [p for p in self.products.values() if p.stock <= p.reorder_level]


inv = Inventory()
for args in [("A1", "widget", 2.50, 10), ("B2", "gadget", 12.00, 3), ("C3", "doohickey", 0.75, 100, 20)]:
    inv.add(Product(*args))
print(inv.products)
revenue = 0
for sku, qty in [("A1", 4), ("C3", 85), ("B2", 5), ("A1", 6), ("Z9", 1)]:
    try:
        revenue += inv.sell(sku, qty)
        print(f"sold {qty} of {sku}")
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("unknown sku:", e)
inv.receive("B2", 10)
try:
    inv.add(Product("A1", "dup", 1))
except KeyError as e:
    print("KeyError:", e)
print(f"revenue {revenue:.2f}, stock value {inv.value():.2f}")
print("reorder:", inv.reorder_report())
net = {}
for sku, delta in inv.movements:
    net[sku] = net.get(sku, 0) + delta
print("net movements:", net)
