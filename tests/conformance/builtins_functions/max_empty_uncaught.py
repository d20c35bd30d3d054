# max() of an empty sequence: uncaught ValueError.
def best_score(scores):
    return max(scores)

print(best_score([3, 9, 4]))
print(best_score(range(5)))
print(best_score(s for s in [1, 2] if s > 5))
