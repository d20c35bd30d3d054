"""Heap queue algorithm (a.k.a. priority queue): min-heaps on plain lists.

The heap operations are C# (_heapq); merge, nlargest and nsmallest are built on them here."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop, \
    _heappop_max, _heapreplace_max, _heapify_max


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (a generator).

    Equal items come out in the order of the inputs they came from."""
    if reverse:
        pop, replace, make_heap, sign = _heappop_max, _heapreplace_max, _heapify_max, -1
    else:
        pop, replace, make_heap, sign = heappop, heapreplace, heapify, 1
    # Entries are [key, order, value, next]; `order` breaks ties between inputs (stable, and
    # values themselves are never compared), counting down for the max-heap.
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        next_ = it.__next__
        try:
            value = next_()
        except StopIteration:
            continue
        heap.append([value if key is None else key(value), order * sign, value, next_])
    make_heap(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(next_):
    while True:
        try:
            yield next_()
        except StopIteration:
            return


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]"""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]"""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
