# Realistic uses of for/else and while/else.
def first_duplicate(items):
    seen = set()
    for x in items:
        if x in seen:
            print("duplicate:", x)
            break
        seen.add(x)
    else:
        print("no duplicates")
first_duplicate([3, 1, 4, 1, 5])
first_duplicate([2, 7, 1, 8])
def primes_below(n):
    result = []
    for cand in range(2, n):
        for p in result:
            if p * p > cand:
                result.append(cand)
                break
            if cand % p == 0:
                break
        else:
            result.append(cand)
    return result
print(primes_below(50))
def login(attempts, password):
    i = 0
    while i < len(attempts):
        if attempts[i] == password:
            print(f"logged in on attempt {i + 1}")
            break
        print(f"attempt {i + 1} failed")
        i += 1
    else:
        print("locked out")
login(["a", "b", "secret"], "secret")
login(["a", "b"], "secret")
