# An exception from a with-block body propagates when __exit__ returns False.
class Transaction:
    def __init__(self):
        self.ops = []
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", self.ops)
        else:
            print("rollback", self.ops, "because", exc_type.__name__)
        return False

with Transaction() as t:
    t.ops.append("insert 1")
with Transaction() as t:
    t.ops.append("insert 2")
    t.ops.append("insert 3")
    raise PermissionError("write access denied")
print("not reached")
