# Dict and set comprehensions.
words = ["apple", "bob", "kayak", "level", "python", "bob"]
print({w: len(w) for w in words})
print({w for w in words if w == w[::-1]} == {"bob", "kayak", "level"})
print(sorted({len(w) for w in words}))
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({i: i ** 2 for i in range(5) if i % 2 == 0})
print({x % 3: x for x in range(10)})
print({(x, y): x * y for x in range(2) for y in range(2)})
counts = {}
text = "mississippi"
print({ch: text.count(ch) for ch in text})
print(sorted({c.lower() for c in "AaBbCc"}))
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print(sorted({i for i in range(10) if i % 3 == 0}), {i for i in range(7) if i % 3 == 0})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
inventory = {"apples": 3, "pears": 0, "plums": 7}
print({k: v for k, v in inventory.items() if v})
print({1: "a", True: "b", 1.0: "c"})
print({k: v for k, v in [(1, "a"), (True, "b"), (1.0, "c")]})
