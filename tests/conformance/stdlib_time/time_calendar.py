# time: gmtime, struct_time, strftime, strptime, asctime, mktime round trips (UTC-independent parts).
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(tuple(t), t[0], t[-1], len(t), t[:3], isinstance(t, tuple))
print(time.gmtime(0), time.gmtime(86399.9).tm_sec, time.gmtime(-86400)[:3])
fmt = "%Y-%m-%d %H:%M:%S | %a %A %b %B | %j %U %W %w %u | %y %I %p | %e | %D %F %T %R | %G-%V | %%"
print(time.strftime(fmt, t))
print(time.strftime("%c | %x | %X", t))
print(time.asctime(t), time.asctime(time.gmtime(1e9)))
print(time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%j %a", (2024, 12, 31, 23, 59, 59, 1, 366, 0)))
p = time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S")
print(p, p.tm_wday, p.tm_yday)
print(time.strptime("05 Mar 24 2:07 PM", "%d %b %y %I:%M %p")[:6], time.strptime("Tuesday, July 4 1995", "%A, %B %d %Y")[:3])
print(time.strptime("Thu Jan  1 00:00:00 1970"))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0)
print(time.struct_time((2020, 2, 29, 1, 2, 3, 5, 60, 0)))
for f in [lambda: time.strptime("2024-13-01", "%Y-%m-%d"), lambda: time.strptime("2024-01-01x", "%Y-%m-%d"),
          lambda: time.strptime("abc", "%Y"), lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime("%Y", (1, 2)), lambda: time.gmtime("x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
