def run():
    return "tool ran"


if __name__ == "__main__":
    print("tool executed directly")
else:
    print("tool imported as", __name__)
