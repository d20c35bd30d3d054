# "except Exception" does not catch SystemExit raised inside the try.
import sys
def main():
    try:
        print("working")
        sys.exit(5)
    except Exception as e:
        print("wrongly caught", e)
    finally:
        print("cleanup")
main()
