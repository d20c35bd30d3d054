from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
print(dd, dict(dd), dd.default_factory)
ddi = defaultdict(int)
for ch in "hello":
    ddi[ch] += 1
print(ddi, ddi.get("zz"), "zz" in ddi)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"]["b"], len(nested))
try:
    defaultdict()["m"]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(5)
except TypeError as ex:
    print("TypeError:", ex)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(), list(OrderedDict.fromkeys("abc")))
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KeyError", ex)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4}))
cm["z"] = 9; print(cm.maps[0], cm.parents, "b" in cm, cm.get("q", 0))
try:
    cm["nope"]
except KeyError as ex:
    print("KeyError", ex)
