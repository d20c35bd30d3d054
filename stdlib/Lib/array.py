"""Typed arrays of numbers (and of characters for 'u'), stored as Python values checked
against their C type, converted to and from bytes with struct."""

import struct as _struct

typecodes = "bBuhHiIlLqQfd"

_LONG_MIN, _LONG_MAX, _ULONG_MAX = -2 ** 63, 2 ** 63 - 1, 2 ** 64 - 1
# typecode -> (minimum, maximum, name used in the range messages)
_INT_RANGES = {
    "b": (-128, 127, "signed char"), "B": (0, 255, "unsigned byte integer"),
    "h": (-32768, 32767, "signed short integer"), "H": (0, 65535, "unsigned short"),
    "i": (-2 ** 31, 2 ** 31 - 1, "signed integer"), "I": (0, 2 ** 32 - 1, "unsigned int"),
}
_STRUCT_CODES = {"b": "b", "B": "B", "u": "I", "h": "h", "H": "H", "i": "i", "I": "I",
                 "l": "q", "L": "Q", "q": "q", "Q": "Q", "f": "f", "d": "d"}


def _check_int(typecode, v):
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v)
    if typecode in ("q", "Q"):
        if typecode == "Q" and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        low, high = (_LONG_MIN, _LONG_MAX) if typecode == "q" else (0, _ULONG_MAX)
        if not low <= v <= high:
            raise OverflowError("int too big to convert")
        return v
    if typecode in ("I", "L"):
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
    elif not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    if typecode in _INT_RANGES:
        low, high, name = _INT_RANGES[typecode]
        if v < low:
            raise OverflowError("%s is less than minimum" % name)
        if v > high:
            raise OverflowError("%s is greater than maximum" % name)
    return v


def _check(typecode, v):
    """v as stored in an array of this typecode, or the error CPython raises."""
    if typecode == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if typecode in ("f", "d"):
        if not isinstance(v, (int, float)):
            raise TypeError("must be real number, not %s" % type(v).__name__)
        if typecode == "f":
            return _struct.unpack("f", _struct.pack("f", float(v)))[0]
        return float(v)
    return _check_int(typecode, v)


class array:
    """array(typecode[, initializer]): a mutable sequence of values of one C type."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._typecode == "u") != (typecode == "u"):
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _struct.calcsize(_STRUCT_CODES[self._typecode])

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    def append(self, v):
        self._items.append(_check(self._typecode, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(_check(self._typecode, v))

    def insert(self, i, v):
        self._items.insert(i, _check(self._typecode, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        checked = [_check(self._typecode, v) for v in items]
        self._items.extend(checked)

    def tobytes(self):
        code = _STRUCT_CODES[self._typecode]
        values = [ord(c) for c in self._items] if self._typecode == "u" else self._items
        return _struct.pack("=%d%s" % (len(values), code), *values)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack("=%d%s" % (len(data) // size, _STRUCT_CODES[self._typecode]), data)
        if self._typecode == "u":
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice" % type(v).__name__)
            if v._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = v._items
            return
        try:
            self._items[i] = _check(self._typecode, v)
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend array with array (not \"%s\")" % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        return self._items == other._items if isinstance(other, array) else NotImplemented

    def __ne__(self, other):
        return self._items != other._items if isinstance(other, array) else NotImplemented

    def __lt__(self, other):
        return self._items < other._items if isinstance(other, array) else NotImplemented

    def __le__(self, other):
        return self._items <= other._items if isinstance(other, array) else NotImplemented

    def __gt__(self, other):
        return self._items > other._items if isinstance(other, array) else NotImplemented

    def __ge__(self, other):
        return self._items >= other._items if isinstance(other, array) else NotImplemented

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce__(self):
        return (array, (self._typecode, list(self._items)))


ArrayType = array
