# next() on an exhausted iterator without a default: uncaught StopIteration.
tokens = iter(["let", "x", "="])
print(next(tokens))
print(next(tokens))
print(next(tokens))
print(next(tokens, "<eof>"))
print(next(tokens))
