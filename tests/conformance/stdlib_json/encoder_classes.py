# default=, cls= with JSONEncoder subclasses, dump/load with file-like objects.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)


print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=encode_point, indent=2))
try:
    json.dumps([Point(1, 2), 1j], default=encode_point)
except TypeError as e:
    print("TypeError:", e)


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"a": Point(3, 4)}, cls=PointEncoder))
print(json.dumps({"a": Point(3, 4)}, cls=PointEncoder, sort_keys=True, indent=1))
print(PointEncoder().encode([Point(1, 1)]))
print("".join(PointEncoder(separators=(",", ":")).iterencode({"k": [Point(1, 2)]})))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys)
print(enc.encode({"z": 1, "a": [1]}))


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return "".join(self.parts)


f = Recorder()
json.dump({"x": [1, 2, {"y": None}]}, f, indent=1)
print(f.read())
print(json.load(f))


class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())


print(json.loads('[true, "abc"]'.replace("true", "TRUE").lower(), cls=UpperDecoder) if False else json.loads('["abc"]', cls=UpperDecoder))
print(json.loads('{"a": 1.5}', cls=json.JSONDecoder, parse_float=str))
