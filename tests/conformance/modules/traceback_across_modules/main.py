# conformance: full-stderr
# A traceback through frames in two modules (only raise statements and full-line calls).
import parser_mod


def main():
    parser_mod.parse_all(["1", "2", "x"])


main()
