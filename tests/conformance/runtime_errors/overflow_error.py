# OverflowError from float conversion of a huge int.
import math
print(math.exp(10))
print(float(10 ** 300))
x = 10 ** 400
print(len(str(x)))
print(float(x))
