# Date arithmetic without the datetime module: leap years, day of week, adding days, ranges.
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]

def to_ordinal(y, m, d):
    if not (1 <= m <= 12 and 1 <= d <= days_in_month(y, m)):
        raise ValueError(f"invalid date {y:04d}-{m:02d}-{d:02d}")
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, i) for i in range(1, m))
    return days + d

def from_ordinal(n):
    y = n // 366 + 1
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while to_ordinal(y, m, days_in_month(y, m)) < n:
        m += 1
    return y, m, n - to_ordinal(y, m, 1) + 1

def weekday(y, m, d):
    return NAMES[(to_ordinal(y, m, d) - 1) % 7]

def fmt(date):
    return "%04d-%02d-%02d" % date

for date in [(2000, 1, 1), (2024, 2, 29), (1969, 7, 20), (2038, 1, 19), (1, 1, 1)]:
    print(fmt(date), weekday(*date), to_ordinal(*date))
print([y for y in range(1896, 1925) if is_leap(y)])
start = (2023, 12, 25)
for delta in [0, 7, 38, 366, -365, 10000]:
    print(f"{fmt(start)} + {delta:>5} days = {fmt(from_ordinal(to_ordinal(*start) + delta))}")
print(to_ordinal(2024, 12, 31) - to_ordinal(2024, 1, 1) + 1, to_ordinal(2023, 12, 31) - to_ordinal(2023, 1, 1) + 1)
fridays13 = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if weekday(y, m, 13) == "Friday"]
print(fridays13)
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        to_ordinal(*bad)
    except ValueError as e:
        print("ValueError:", e)
