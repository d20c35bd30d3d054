print("corp init")
