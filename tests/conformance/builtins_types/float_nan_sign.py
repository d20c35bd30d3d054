# float('nan') has the sign bit clear as in CPython; '-nan' sets it (visible through copysign and struct).
import math, struct
for s in ["nan", "-nan", "NaN", "+nan"]:
    x = float(s)
    print(s, math.copysign(1.0, x), struct.pack("<d", x).hex(), float.fromhex(s).hex() if False else "")
print(math.copysign(1.0, float.fromhex("-nan")), math.copysign(1.0, float.fromhex("nan")))
