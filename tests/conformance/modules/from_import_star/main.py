# from-import forms: names, aliases, star with and without __all__.
from shapes import area, Square as Sq
from shapes import *
from utils import *

print(area(3))
print(Sq(2).perimeter())
print(circle_area(1) > 3.14)
try:
    print(_private_helper())
except NameError as e:
    print("NameError:", e)
try:
    print(hidden_by_all())
except NameError as e:
    print("NameError:", e)
print(public_util())
try:
    print(_also_exported())
except NameError as e:
    print("NameError:", e)
print(sorted(n for n in dir() if not n.startswith("__")))
