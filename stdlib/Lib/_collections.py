"""The core of collections: deque, a double-ended queue on a growable ring buffer."""

__all__ = ['deque']


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -------------------------------------------------------- storage

    def _grow(self):
        buf = self._buf
        n = len(buf)
        head = self._head
        self._buf = buf[head:] + buf[:head] + [None] * n
        self._head = 0

    def _mutated(self):
        self._state += 1

    # -------------------------------------------------------- ends

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._len) % len(buf)] = x
        self._len += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = (self._head - 1) % len(buf)
        buf[self._head] = x
        self._len += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        buf = self._buf
        self._len -= 1
        i = (self._head + self._len) % len(buf)
        x = buf[i]
        buf[i] = None
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) % len(buf)
        self._len -= 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        length = self._len
        if length <= 1:
            return
        n = n % length
        if n == 0:
            return
        self._state += 1
        items = list(self)
        items = items[-n:] + items[:-n]
        self._set_items(items)

    def _set_items(self, items):
        size = 8
        while size < len(items):
            size *= 2
        self._buf = items + [None] * (size - len(items))
        self._head = 0
        self._len = len(items)

    # -------------------------------------------------------- sequence

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def _index(self, i):
        if not isinstance(i, int):
            if hasattr(i, '__index__'):
                i = i.__index__()
            else:
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        return self._buf[self._index(i)]

    def __setitem__(self, i, value):
        self._buf[self._index(i)] = value

    def __delitem__(self, i):
        self._index(i)
        if i < 0:
            i += self._len
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def __iter__(self):
        buf = self._buf
        head = self._head
        size = len(buf)
        state = self._state
        for k in range(self._len):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield buf[(head + k) % size]
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        buf = self._buf
        head = self._head
        size = len(buf)
        state = self._state
        for k in range(self._len - 1, -1, -1):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield buf[(head + k) % size]

    def __contains__(self, x):
        for item in self:
            if item is x or item == x:
                return True
        return False

    def count(self, x):
        """Return number of occurrences of value."""
        return sum(1 for item in self if item is x or item == x)

    def index(self, x, start=0, stop=None):
        """Return first index of value. Raises ValueError if the value is not present."""
        length = self._len
        if start < 0:
            start = max(start + length, 0)
        stop = length if stop is None else (max(stop + length, 0) if stop < 0 else min(stop, length))
        for i in range(start, stop):
            item = self[i]
            if item is x or item == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        """Insert value before index."""
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self._state += 1
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i, item in enumerate(self):
            if item is value or item == value:
                del self[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._set_items(list(self)[::-1])

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, ((), self._maxlen), None, iter(self)

    # -------------------------------------------------------- operators

    def __repr__(self):
        if self._maxlen is None:
            return f"{type(self).__name__}({list(self)!r})"
        return f"{type(self).__name__}({list(self)!r}, maxlen={self._maxlen})"

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        if n > 0:
            self.extend(items * n)
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
