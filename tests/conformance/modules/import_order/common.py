print("common: executing")
LOADS = 1
