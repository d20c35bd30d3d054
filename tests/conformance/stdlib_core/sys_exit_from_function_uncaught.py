# sys.exit deep inside function calls ends the program with that status.
import sys
def check(values):
    for v in values:
        if v < 0:
            print("negative value found:", v)
            sys.exit(2)
        print("ok", v)
def main():
    check([1, 2, -3, 4])
    print("unreachable")
main()
