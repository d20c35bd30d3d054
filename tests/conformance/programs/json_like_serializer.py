# A hand-written JSON-like serializer and parser (no json module), with round trips.
def dumps(obj, indent=None, _level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            out += {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}.get(ch, ch)
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, _level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = (pad + dumps(str(k)) + ": " + dumps(v, indent, _level + 1) for k, v in obj.items())
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

def loads(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                ws()
                k = value()
                ws()
                assert text[pos] == ":", f"expected ':' at {pos}"
                pos += 1
                result[k] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                assert text[pos] == "}", f"expected '}}' at {pos}"
                pos += 1
                return result
        if ch == "[":
            pos += 1
            result = []
            ws()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return result
        if ch == '"':
            pos += 1
            s = ""
            while text[pos] != '"':
                if text[pos] == "\\":
                    pos += 1
                    s += {"n": "\n", "t": "\t"}.get(text[pos], text[pos])
                else:
                    s += text[pos]
                pos += 1
            pos += 1
            return s
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()

doc = {"name": "pycc", "version": [0, 1, 2], "stable": False, "ratio": 0.25, "tags": ["a\"b", "tab\tx"],
       "owner": None, "nested": {"empty_list": [], "empty_dict": {}, "big": 10 ** 20, "neg": -1.5e-7}}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2))
back = loads(compact)
print(back == doc, loads(dumps(doc, indent=4)) == doc)
print(loads('  [1, 2.5, "x", true, null, {"k": [false]}] '))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
