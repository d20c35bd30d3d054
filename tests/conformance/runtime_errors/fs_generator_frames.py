# conformance: full-stderr
# A raise inside a generator shows both the consumer frame and the generator frame.
def numbers(limit):
    n = 0
    while True:
        if n >= limit:
            raise OverflowError(f"passed limit {limit}")
        yield n
        n += 1


for value in numbers(3):
    print(value)
