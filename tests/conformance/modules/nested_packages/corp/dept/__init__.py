print("corp.dept init")
