print("alpha: start")
import beta
print("alpha: imported beta, beta.B_CONST =", beta.B_CONST)
A_CONST = "A"


def a_func():
    return "a_func sees " + beta.b_func()
print("alpha: end")
