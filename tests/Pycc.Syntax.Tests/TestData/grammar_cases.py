CASES = ['x = 1']
