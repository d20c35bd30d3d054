# ValueError/TypeError messages for failed unpacking.
def try_unpack(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except (ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
def too_few():
    a, b, c = [1, 2]
def too_many():
    a, b = [1, 2, 3]
def too_many_str():
    a, b = "abcd"
def star_too_few():
    a, b, *c, d = [1, 2]
def not_iterable():
    a, b = 5
def none_value():
    a, b = None
def empty():
    a, = []
def from_generator():
    a, b = (x for x in range(5))
def from_dict():
    a, b, c = {"only": 1}
def nested_fail():
    (a, b), c = [1, 2], 3, 4
def nested_inner_fail():
    (a, b), c = [1], 2
def loop_fail():
    for a, b in [(1, 2), (3,)]:
        pass
try_unpack("too few", too_few)
try_unpack("too many", too_many)
try_unpack("too many str", too_many_str)
try_unpack("star too few", star_too_few)
try_unpack("not iterable", not_iterable)
try_unpack("None", none_value)
try_unpack("empty", empty)
try_unpack("generator", from_generator)
try_unpack("dict", from_dict)
try_unpack("nested", nested_fail)
try_unpack("nested inner", nested_inner_fail)
try_unpack("loop", loop_fail)
def partial_assignment():
    global pa, pb
    pa, pb = 0, 0
    try:
        pa, pb = (v for v in [1, 2, 3])
    except ValueError:
        pass
partial_assignment()
print("after failed unpack:", pa, pb)
