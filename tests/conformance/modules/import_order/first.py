print("first: start")
import common
print("first: end")
