# json.dumps formatting: separators, indent, sort_keys, ensure_ascii, floats, big ints.
import json

data = {"name": "pycc", "n": 3, "pi": 3.14159, "ok": True, "none": None, "list": [1, 2.5, "x", [], {}],
        "nested": {"b": [1, {"c": False}], "a": "é"}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=4, separators=(", ", " = ")))
print(json.dumps([[], {}, [[]], {"a": {}}], indent=2))
print(json.dumps("héllo \u2028 😀 \x00 \x1f \x7f \"q\" \\ / \n\r\t\b\f"))
print(json.dumps("héllo 😀 \x7f \x01 \"q\"", ensure_ascii=False))
print(json.dumps([0.1, 1e16, 1e-7, 1.0, -0.0, 123456789.123, 1e300 * 10, -1e300 * 10, float("nan")]))
print(json.dumps([2**64, -2**100, 0, -1, 10**30]))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps((1, 2, (3,))))
print(json.dumps("plain"), json.dumps(5), json.dumps(None), json.dumps(False))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps({"a": [1, 2]}, indent=-1))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


print(json.dumps([MyList([1, 2]), MyDict(a=1), MyStr("s"), MyInt(7), {MyStr("k"): MyInt(1), MyInt(5): 2}]))
