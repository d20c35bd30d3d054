# Slicing lists, strings and tuples with all parameter combinations.
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[:], lst[-3:], lst[:-7])
print(lst[::2], lst[1::2], lst[::-1], lst[::-3], lst[8:2:-2])
print(lst[5:2], lst[100:], lst[-100:2], lst[2:100], lst[-1:-4:-1])
print(lst[3:3], lst[9:0:-4], lst[0:10:20], lst[::11])
s = "Hello, World"
print(s[0:5], s[-5:], s[::2], s[::-1], s[7:-1], s[100:])
t = tuple(range(6))
print(t[1:4], t[::-2], t[-2:])
print(lst[slice(2, 8, 3)], s[slice(None, None, -2)])
sl = slice(1, 9, 2)
print(sl.start, sl.stop, sl.step, sl, sl.indices(5))
print(slice(-3, None).indices(10), slice(None, None, -1).indices(4))
m = list(range(10))
m[2:5] = ["a", "b"]
print(m)
m[::3] = [0] * len(m[::3])
print(m)
m[1:1] = [100, 101]
print(m)
del m[::2]
print(m)
del m[1:3]
print(m)
m[:] = []
print(m)
n = [1, 2, 3, 4, 5]
n[-2:] = "xyz"
print(n)
b = b"abcdef"
print(b[1:4], b[::-1], b[0], bytearray(b)[2:])
i, j = 1, 4
print(lst[i:j], lst[i:], lst[j - 1::-1])
