present_name = 1
