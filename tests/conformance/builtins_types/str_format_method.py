# str.format: positional, keyword, indexing, attributes, conversions, nesting, escapes.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 5
    y = [1, 2]
print("{0.x} {0.y[1]} {p.x}".format(P(), p=P()))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "mid"))
print("{:d} {:5d} {:+d} {:x} {:#o} {:b} {:,}".format(42, 42, 42, 255, 8, 5, 1234567))
print("{:.3f} {:10.2e} {:%} {:g}".format(3.14159, 12345.6789, 0.5, 0.00001))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=2), "{:{}}|".format("x", 4))
print("{{}} {{{}}}".format("in braces"))
print("{0!r:>10}".format("hi"), "{:>{}}".format("z", 3))
d = {"a": 1, "b": 2}
print("{a}-{b}".format(**d), "{0}{1}".format(*"xy"))
print("{:c}{:c}".format(72, 105))
print(str.format("{}", "via type"), "{}".format(None), "{}".format([1, "a"]))
print("{:=^20}".format(" TITLE "), "{:_>6}".format(7))
print("{:05.1f} {:-^7.2f} {:+08.2f}".format(2.25, 1.5, -3.14159))
print("{0:s}".format("str"), "{0:10}|".format(12), "{0:10}|".format("12"))
print("{:,.2f} {:_d} {:_x}".format(1234567.891, 1000000, 0xFFFFFFFF))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{:d}", ("s",)), ("{", ()), ("}", ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
print("{0.real} {0.imag}".format(3 + 4j))
print("{:>6.2%}".format(0.1234), "{:<+6}|".format(5), "{:^#10x}".format(255))
print("%-5s|%5s|%05d|%x|%X|%o|%e|%c|%r|%%" % ("ab", "cd", 42, 255, 255, 8, 1234.5, 65, "q"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7}, "%s" % (("tuple",),), "%s" % [1, 2])
print("%.3s|%*d|%-*d|" % ("abcdef", 5, 42, 4, 7), "%i %u" % (3, 4), "%+.1f" % 2.25)
