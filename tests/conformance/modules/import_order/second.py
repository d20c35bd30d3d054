print("second: start")
import common
import first
print("second: end")
