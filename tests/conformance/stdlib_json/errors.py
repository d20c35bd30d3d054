# JSONDecodeError messages and positions; encoder errors.
import json

docs = ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"',
        '"a\tb"', '[1] x', '{', '[', '-', '-x', '01', '1.', '1e', 'nul', 'tru', '\ufeff1', '{1:2}',
        '  \n  [\n 1,\n x]', '"\\', '"😀" x', '["😀😀", nul]', '{"a": }', 'NaNa', '[1,\n2,\n3,,]']
for doc in docs:
    try:
        print(repr(doc), json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)

for bad in [lambda: json.loads(5), lambda: json.loads(None), lambda: json.dumps(object()), lambda: json.dumps({1j: 1}),
            lambda: json.dumps({(1,): 1}), lambda: json.dumps(float("inf"), allow_nan=False),
            lambda: json.dumps({"a": float("nan")}, allow_nan=False), lambda: json.dumps({3, 4}),
            lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True), lambda: json.dumps([1], indent="x", separators=(",",))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([[1], [1]]))
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))

e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.doc)
