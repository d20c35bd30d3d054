# Generator pipelines processing "log lines" held in memory.
LOG = """\
2024-01-01 INFO start service
2024-01-01 WARN disk 81%
2024-01-02 ERROR db timeout
2024-01-02 INFO request /home 200
2024-01-02 ERROR db timeout
2024-01-03 INFO request /about 404
2024-01-03 WARN disk 92%
"""
def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line
def parse(lines_):
    for line in lines_:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, records):
    return (r for r in records if r["level"] == level)
def count_by(key, records):
    counts = {}
    for r in records:
        counts[r[key]] = counts.get(r[key], 0) + 1
    return counts
print(count_by("level", parse(lines(LOG))))
for r in only("ERROR", parse(lines(LOG))):
    print(r["date"], r["msg"])
print(count_by("date", only("INFO", parse(lines(LOG)))))
def numbered(it, start=1):
    n = start
    for x in it:
        yield n, x
        n += 1
for n, r in numbered(only("WARN", parse(lines(LOG)))):
    print(n, r["msg"])
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
