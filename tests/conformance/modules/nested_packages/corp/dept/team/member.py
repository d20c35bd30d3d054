print("corp.dept.team.member module")
from . import TEAM_NAME
from ... import dept


def who():
    return f"member of {TEAM_NAME} in {dept.__name__}"
