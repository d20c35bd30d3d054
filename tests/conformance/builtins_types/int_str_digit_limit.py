# CPython 3.11 limits int<->str conversion of huge decimal numbers to 4300 digits.
import sys
print(sys.get_int_max_str_digits())
ok = 10 ** 4299
print(len(str(ok)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", e)
big = 2 ** 20000
print(len(hex(big)), hex(big)[:10], big.bit_length())
print(int("1" * 4300) % 1000)
print(len(bin(3 ** 5000)))
