# if __name__ == "__main__" guards: only the entry point's block runs.
import tool

def main():
    print("main() running in", __name__)
    print("tool.run() ->", tool.run())
    print("tool.__name__ =", tool.__name__)

if __name__ == "__main__":
    main()
else:
    print("never printed")
