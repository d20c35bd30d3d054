# filter, map (multiple iterables), reversed (sequences, dict, custom), laziness.
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(str.upper, "abc")), list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m), type(m).__name__)
def loud(x):
    print("mapping", x)
    return x
lazy = map(loud, [1, 2])
print("map created")
print(list(lazy))
f = filter(str.isdigit, "a1b2c3")
print("".join(f), type(filter(None, [])).__name__)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())))
r = reversed([1, 2, 3])
print(next(r), list(r), iter(r) is r)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(lambda x: x, 5))
except TypeError as e:
    print("TypeError:", e)
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])))
