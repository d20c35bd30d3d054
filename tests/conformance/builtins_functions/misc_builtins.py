# NotImplemented, Ellipsis, __build_class__-free builtins: staticmethod/classmethod/property objects, super, object.
print(NotImplemented, Ellipsis, ..., type(NotImplemented).__name__)
print(bool(Ellipsis), Ellipsis is ...)
sm = staticmethod(lambda: "sm")
cm = classmethod(lambda cls: cls.__name__)
pr = property(lambda self: "prop")
class Host:
    s = sm
    c = cm
    p = pr
print(Host.s(), Host.c(), Host().p, Host().s(), Host().c())
print(type(sm).__name__, type(cm).__name__, type(pr).__name__)
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
print(type(len).__name__, type(print).__name__, type(abs).__name__)
print(len.__name__, print.__name__, max.__name__)
def shadow_builtin():
    max = lambda *a: "shadowed"
    return max(1, 2)
print(shadow_builtin(), max(1, 2))
