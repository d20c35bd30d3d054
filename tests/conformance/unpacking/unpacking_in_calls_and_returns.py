# Unpacking combined with calls, returns, lambdas and comprehensions.
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 3, 9, 1])
print(lo, hi)
def stats(*nums):
    n = len(nums)
    mean = sum(nums) / n
    return n, mean, (min(nums), max(nums))
count, mean, (smallest, largest) = stats(4, 8, 15, 16, 23, 42)
print(count, mean, smallest, largest)
print([a * b for a, b in zip(range(4), range(4, 8))])
print({k: v for k, v in [("x", 1), ("y", 2)]})
print(sorted([(2, "b"), (1, "a"), (2, "a")], key=lambda p: (p[0], p[1])))
swap = lambda pair: pair[::-1]
print(swap((1, 2)))
def args_and_unpack(*args):
    first, *rest = args
    return first, rest
print(args_and_unpack(1, 2, 3), args_and_unpack("only"))
coords = [(1, 2, 3), (4, 5, 6)]
xs, ys, zs = zip(*coords)
print(xs, ys, zs)
transposed = [list(col) for col in zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]])]
print(transposed)
d = {"a": 1}
(k, v), = d.items()
print(k, v)
