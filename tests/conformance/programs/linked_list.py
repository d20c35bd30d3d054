# A singly linked list with iteration, indexing, reversal, slicing-like helpers and dunders.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        tail = None
        for v in iterable:
            node = Node(v)
            if tail is None:
                self.head = node
            else:
                tail.next = node
            tail = node
            self._len += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __getitem__(self, index):
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self._len -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 9 in ll)
ll.push_front(0)
ll.reverse()
print(ll, ll.pop_front(), ll)
ll.remove(1)
print(ll, list(reversed(list(ll))), sum(ll), sorted(ll))
for bad in [lambda: ll[10], lambda: ll.remove(42), lambda: LinkedList().pop_front()]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(LinkedList("abc") == LinkedList(["a", "b", "c"]), LinkedList() == LinkedList([]), len(LinkedList()))
it = iter(LinkedList(range(3)))
print(next(it), next(it), next(it), next(it, "end"))
