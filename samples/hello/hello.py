"""The README sample: a little of everything pycc compiles."""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def primes():
    n = 2
    while True:
        if all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1


class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Greeter({self.name!r})"

    def greet(self):
        return f"Hello, {self.name}!"


if __name__ == "__main__":
    print(Greeter("pycc").greet())
    print("fib(25) =", fib(25))
    gen = primes()
    print("primes:", [next(gen) for _ in range(10)])
    print({w: len(w) for w in "compiled python on dotnet".split()})
