# and/or return operands, not bools; short-circuit evaluation.
def t(label, v):
    print("called", label)
    return v

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], [] or None)
print("" and "x", "a" and "b", "a" or "b", "" or "")
print(t("A", 0) and t("B", 1))
print(t("A", 1) and t("B", 0))
print(t("A", 1) or t("B", 0))
print(t("A", 0) or t("B", 0) or t("C", "last"))
print(t("A", 1) and t("B", 2) and t("C", 3))
print(not 0, not 1, not "", not "x", not [], not [0], not None)
x = [] or {} or () or "default"
print(x)
y = 5
print(y > 3 and "big" or "small", y > 10 and "big" or "small")
print(0 or 0.0 or 0j or False or "" or b"" or None)
print(1 and 1.5 and "s" and [0] and (0,))
print(type(not 5).__name__)
