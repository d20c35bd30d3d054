print("geometry/__init__ running")
VERSION = "1.0"
