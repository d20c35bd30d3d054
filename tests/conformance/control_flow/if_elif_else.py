# if/elif/else chains, nested ifs, truthiness of conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 65, 55, 90, 0)])
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 16)))
for value in [0, 1, "", "x", [], [0], None, 0.0, -1, {}, {"k": 0}, set(), (0,)]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
x = 7
if x > 5:
    if x > 6:
        print("x > 6")
    else:
        print("5 < x <= 6")
if x: print("one-line if")
if not x: print("never")
else: print("one-line else")
if x == 7: pass
elif x == 8: print("no")
