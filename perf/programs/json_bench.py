"""JSON round trips: a catalogue of records (nested dicts, lists, strings with escapes and
non-ASCII text, ints, floats, booleans, None) is encoded compactly, with indentation and with
sorted keys, then decoded again; a checksum over the decoded data is printed.
"""
import json

RECORDS = 4000
ROUNDS = 10


def make_catalogue(n):
    items = []
    for i in range(n):
        items.append({
            "id": i,
            "name": "item-%d \"quoted\" é" % i,
            "price": i * 1.25 + 0.1,
            "tags": ["t%d" % (i % 7), "t%d" % (i % 11), "line\nbreak"],
            "stock": {"warehouse": i % 5, "count": i * 3, "reserved": i % 2 == 0},
            "discontinued": None if i % 3 else False,
            "ratio": 1.0 / (i + 1),
        })
    return {"version": 3, "items": items}


def checksum(data):
    total = 0
    for item in data["items"]:
        total += item["id"] + item["stock"]["count"] + len(item["name"]) + len(item["tags"])
        total += int(item["price"] * 100)
    return total


catalogue = make_catalogue(RECORDS)
result = 0
size = 0
for r in range(ROUNDS):
    compact = json.dumps(catalogue, separators=(",", ":"))
    pretty = json.dumps(catalogue, indent=2, sort_keys=True)
    plain = json.dumps(catalogue, ensure_ascii=False)
    size += len(compact) + len(pretty) + len(plain)
    for text in (compact, pretty, plain):
        result += checksum(json.loads(text))
print(size, result)
