# datetime: timedelta normalisation and arithmetic, dates, datetimes, time zones, formatting, parsing.
from datetime import date, datetime, time, timedelta, timezone

d = timedelta(days=1, hours=25, minutes=-1, seconds=3.5, milliseconds=2)
print(repr(d), str(d), d.days, d.seconds, d.microseconds, d.total_seconds())
print(repr(timedelta()), str(-timedelta(seconds=1)), repr(-timedelta(hours=1)), str(timedelta(days=-2, microseconds=5)))
print(timedelta(hours=1) * 2.5, timedelta(hours=1) / 3, timedelta(hours=3) // timedelta(minutes=7), timedelta(hours=3) % timedelta(minutes=7))
print(timedelta(minutes=10) / timedelta(minutes=4), divmod(timedelta(hours=1), timedelta(minutes=25)), abs(timedelta(-1)), bool(timedelta()))
print(timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), sorted([timedelta(3), timedelta(-1), timedelta(0)]))
a = date(2024, 2, 28)
print(repr(a), str(a), a + timedelta(2), a - timedelta(59), date(2024, 3, 1) - a, a.weekday(), a.isoweekday(), tuple(a.isocalendar()))
print(a.toordinal(), date.fromordinal(738944), a.replace(day=29), date.fromisoformat("2023-12-31"), date.fromisocalendar(2024, 1, 1))
print(a.strftime("%A %d %B %Y (%j)"), a.ctime(), f"{a:%d/%m/%y}", a.timetuple()[:3], a < date(2024, 3, 1), a == date(2024, 2, 28))
print(date(2021, 1, 3).isocalendar()[:2], date(2020, 12, 31).isocalendar()[:2], date(2026, 12, 31).isocalendar()[:2])
t = datetime(2024, 3, 10, 14, 5, 9, 250)
print(repr(t), str(t), t.isoformat(), t.isoformat(" ", "minutes"), t.isoformat(timespec="milliseconds"), t.date(), t.time())
print(t + timedelta(hours=12), t - timedelta(days=70), t - datetime(2024, 1, 1), t.strftime("%Y-%m-%dT%H:%M:%S.%f %p %I"), t.ctime())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), datetime.fromisoformat("2024-03-10T14:05:09.000250"), datetime.fromisoformat("2024-03-10 14:05"))
u = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
k = datetime(2024, 3, 10, 21, 0, tzinfo=timezone(timedelta(hours=9), "JST"))
print(repr(u), str(u), u.isoformat(), k.isoformat(), k.tzname(), k.utcoffset(), u == k, k - u, u.timestamp())
print(repr(timezone(timedelta(hours=-5, minutes=-30))), str(timezone(timedelta(hours=2))), timezone.utc, repr(timezone.utc))
print(datetime.fromisoformat("2024-03-10T12:00:00+05:30"), datetime.fromisoformat("2024-03-10T12:00:00Z").tzinfo, k.astimezone(timezone.utc))
print(datetime.fromtimestamp(1700000000, timezone.utc), datetime.utcfromtimestamp(0), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp())
print(datetime.strptime("2024-03-10 14:05:09", "%Y-%m-%d %H:%M:%S"), datetime.combine(date(2024, 1, 2), time(3, 4)), u.strftime("%z %Z"))
print(repr(time(1, 2)), repr(time(1, 2, 3, 4)), str(time(13, 0, 5)), time(9, 30).isoformat("hours"), time.fromisoformat("07:08:09.5"), time(1) < time(2))
print(len({datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0), date(2024, 1, 1)}), max(date(2024, 1, 1), date(2023, 5, 5)), date.min, datetime.max, timedelta.max)
for f in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: datetime(2024, 1, 1, 24), lambda: date(0, 1, 1), lambda: date.fromisoformat("2024/01/01"),
          lambda: datetime(2024, 1, 1) < u, lambda: datetime(2024, 1, 1) - u, lambda: date(9999, 12, 31) + timedelta(1), lambda: timedelta(days=10**9),
          lambda: date(2024, 1, 1.5), lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: timezone(timedelta(hours=24))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
