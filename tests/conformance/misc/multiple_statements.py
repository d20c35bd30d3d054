# Semicolons, one-line compound statements, line continuation, and comments.
a = 1; b = 2; c = a + b; print(c)
if c > 2: print("c > 2"); print("still in if")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
total = (1 +
         2 +
         3)
print(total)
value = 1 + \
        2
print(value)
items = [
    1,  # first
    2,  # second
    3,
]
print(items)
def f(x): return x * 2
print(f(21))
class C: attr = "one-line class"
print(C.attr)
s = """a docstring-like
string with # not a comment"""
print(s)
x = {
    "k": [
        1, 2,
    ],
}
print(x)
print("tab-indented block works")
