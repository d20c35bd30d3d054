# An event bus with decorator-based subscription, priorities, and error isolation.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event, priority=0):
        def decorator(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            return fn
        return decorator

    def emit(self, event, **payload):
        results = []
        for prio, _, fn in sorted(self.handlers.get(event, []), key=lambda h: (-h[0], h[1])):
            try:
                results.append(fn(**payload))
            except Exception as e:
                self.log.append(f"{fn.__name__} failed on {event}: {type(e).__name__}: {e}")
        return results


bus = EventBus()


@bus.on("user.created")
def send_welcome(name, email):
    return f"welcome mail to {email}"


@bus.on("user.created", priority=10)
def audit(name, email):
    return f"audit: created {name}"


@bus.on("user.created", priority=5)
def validate(name, email):
    if "@" not in email:
        raise ValueError(f"bad email {email!r}")
    return "valid"


@bus.on("order.placed")
def ship(order_id, items):
    return f"shipping order {order_id} with {len(items)} items"


print(bus.emit("user.created", name="ann", email="ann@example.com"))
print(bus.emit("user.created", name="bob", email="bob-at-example"))
print(bus.emit("order.placed", order_id=7, items=["a", "b"]))
print(bus.emit("nothing.happened"))
print(bus.emit("order.placed", order_id=8))
for line in bus.log:
    print("LOG:", line)
print(send_welcome.__name__, callable(audit))
