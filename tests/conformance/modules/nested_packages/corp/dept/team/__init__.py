print("corp.dept.team init")
TEAM_NAME = "compilers"
