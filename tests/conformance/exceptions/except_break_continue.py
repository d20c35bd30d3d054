# break, continue and return inside except and else clauses, with finally.
def scan(values):
    out = []
    for v in values:
        try:
            n = int(v)
        except ValueError:
            out.append(f"skip {v!r}")
            continue
        except TypeError:
            out.append("stop at non-string")
            break
        else:
            if n < 0:
                out.append("negative, returning early")
                return out
            out.append(n)
        finally:
            out.append("|")
    else:
        out.append("loop completed")
    return out
print(scan(["1", "x", "2"]))
print(scan(["1", None, "2"]))
print(scan(["3", "-4", "5"]))
def while_retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError(attempts)
        except ConnectionError as e:
            print("retry after", e)
            continue
        finally:
            print("attempt", attempts, "done")
        break
    return attempts
print(while_retry())
def nested_loops():
    found = []
    for i in range(3):
        for j in range(3):
            try:
                if (i + j) % 2:
                    raise KeyError((i, j))
                found.append((i, j))
            except KeyError:
                if i == 2:
                    break
                continue
    return found
print(nested_loops())
