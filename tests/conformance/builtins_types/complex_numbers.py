# complex type: arithmetic, attributes, conversions, errors.
z = complex(3, 4)
w = 1 - 2j
print(z + w, z - w, z * w, z / w, z ** 2, z ** 0.5)
print(abs(z), z.conjugate(), z.real, z.imag, -z, +z)
print(z == complex("3+4j"), complex("-1.5e2-2j"), complex("j"), complex("-j"))
print(complex(1, 1) * 1j, 1j * 1j, (1j) ** 3)
print(complex(2) == 2, complex(2.5, 0) == 2.5, 1j != 1)
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1+2")
    print("parsed")
except ValueError as e:
    print("ValueError:", e)
try:
    float(z)
except TypeError as e:
    print("TypeError:", e)
try:
    z // 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 / complex(0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(complex(0.1, -0.0), complex(-0.0, -0.0), complex(1e20, 1e-20))
print(repr(complex(1, float("inf"))), repr(complex(float("nan"), 0)))
print(pow(1j, 2), pow(2, 1j).real.__round__(6), sum([1j, 2j, 3]))
print(hash(complex(1, 0)) == hash(1), bool(0j), bool(1e-300j))
print(f"{z}", f"{z:.2f}", format(w, ">12"), str(complex(0, 1.5)))
