"""Regular expressions over a generated access log: parse each line with named groups,
count methods and status codes, extract and rewrite fields with sub (template and function),
split on separators and scan for words with findall.
"""
import re

LINES = 30000

METHODS = ["GET", "POST", "PUT", "DELETE"]
PATHS = ["/index.html", "/api/v1/items", "/api/v1/items/42", "/static/app.js", "/login", "/search?q=pycc"]


def make_log(n):
    lines = []
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ip = "10.%d.%d.%d" % (state % 256, (state >> 8) % 256, (state >> 16) % 256)
        method = METHODS[state % 4]
        path = PATHS[(state >> 4) % len(PATHS)]
        status = [200, 200, 200, 404, 500, 301][(state >> 6) % 6]
        size = (state >> 3) % 50000
        lines.append('%s - - [12/Mar/2024:10:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "Mozilla/5.0 (X11; Linux)"'
                     % (ip, i % 60, (i * 7) % 60, method, path, status, size))
    return lines


LINE = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<when>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+)')
WORD = re.compile(r"[a-z]+")

log = make_log(LINES)
methods = {}
statuses = {}
total = 0
for line in log:
    m = LINE.match(line)
    methods[m.group("method")] = methods.get(m.group("method"), 0) + 1
    statuses[m["status"]] = statuses.get(m["status"], 0) + 1
    total += int(m.group("size"))
text = "\n".join(log)
anonymised = re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", r"\1.\2.x.x", text)
doubled = re.sub(r"\d{4,}", lambda m: str(int(m.group()) * 2), text)
fields = sum(len(re.split(r'[ \[\]"]+', line)) for line in log[:10000])
words = len(WORD.findall(text))
api = sum(1 for line in log if re.search(r"/api/v\d+/items(/\d+)?", line))
print(sorted(methods.items()), sorted(statuses.items()), total)
print(len(anonymised), len(doubled), fields, words, api)
