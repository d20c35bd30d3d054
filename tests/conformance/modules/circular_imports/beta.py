print("beta: start")
import alpha
print("beta: alpha has A_CONST yet?", hasattr(alpha, "A_CONST"))
B_CONST = "B"


def b_func():
    return "b_func sees alpha.A_CONST=" + alpha.A_CONST
print("beta: end")
