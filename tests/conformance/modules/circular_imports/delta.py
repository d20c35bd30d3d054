print("delta: start")
from gamma import G_VALUE
D_VALUE = "d"
