import math

__all__ = ["area", "circle_area", "Square"]


def area(side):
    return side * side


def circle_area(r):
    return math.pi * r * r


def hidden_by_all():
    return "not exported by *"


class Square:
    def __init__(self, s):
        self.s = s

    def perimeter(self):
        return 4 * self.s
