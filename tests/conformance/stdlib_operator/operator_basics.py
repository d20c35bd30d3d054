import operator
from operator import itemgetter, attrgetter, methodcaller

print(itemgetter(1)([1, 2]), itemgetter(0, 2)("abc"), attrgetter("real")(3), methodcaller("upper")("x"))
print(attrgetter("__class__.__name__")(1), attrgetter("real", "imag")(2j))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(0)))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.lt(1, 2), operator.contains([1], 1))
print(operator.truth(0), operator.index(7), operator.not_(1), operator.is_(None, None), operator.is_not(1, None))
print(operator.sub(5, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2), operator.invert(5))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(2, 2), operator.gt(1, 2), operator.le(1, 1), operator.abs(-3))
print(operator.concat([1], [2]), operator.getitem({"k": 1}, "k"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
x = [1]; y = operator.iadd(x, [2]); print(x, y is x, operator.iadd(1, 2))
print(operator.length_hint([1, 2, 3]), operator.length_hint((x for x in []), 5), operator.__add__(1, 1))
for bad in (lambda: operator.add(1, "a"), lambda: operator.concat(1, 2), lambda: itemgetter(5)([1]),
            lambda: attrgetter("nope")(1), lambda: operator.indexOf([1], 2), lambda: operator.index(1.5)):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
