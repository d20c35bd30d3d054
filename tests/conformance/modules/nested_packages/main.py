# Deeply nested packages: import chains, __name__/__package__ of each level, aliases.
import corp.dept.team.member as member
import corp
print(member.__name__, member.__package__)
print(corp.__name__, corp.dept.__name__, corp.dept.team.__name__)
print(member.who())
print(corp.dept.team.member is member)
from corp.dept import team
print(team.TEAM_NAME, team.member.who())
