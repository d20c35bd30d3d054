# printf-style % formatting for strings.
print("%s and %s" % ("this", "that"))
print("%d items at %.2f each = %8.2f total" % (3, 1.5, 4.5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %.3e %g %G %.3g" % (12345.678, 12345.678, 0.000123, 1e-5, 1e20, 3.14159))
print("%10s|%-10s|%.3s" % ("right", "left", "truncate"))
print("%c%c%c" % (80, "y", 0x1F40D))
print("%r %s %a" % ("é", "é", "é"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%%d literal and %d" % 5)
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % None, "%s" % [1, 2], "%s" % (1,), "%d" % 3.99, "%d" % True, "%i" % -7)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%s %s" % ("a", ("tuple", "inside")))
print(b"%s %d %x" % (b"bytes", 10, 255))
for fmt, args in [("%d", "x"), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
