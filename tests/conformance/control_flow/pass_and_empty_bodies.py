# pass, ellipsis bodies and docstring-only bodies.
def stub():
    pass
def ellipsis_stub():
    ...
def doc_only():
    """Only a docstring."""
class Empty:
    pass
class DocOnly:
    """Class with only a docstring."""
print(stub(), ellipsis_stub(), doc_only(), Empty.__name__, DocOnly.__doc__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
class CM:
    def __enter__(self):
        pass
    def __exit__(self, *exc):
        pass
with CM():
    pass
print("all empty bodies executed")
