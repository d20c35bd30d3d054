# conformance: full-stderr
# A raise statement at module level: the traceback has a single <module> frame.
print("before the error")
limit = 3
raise ValueError(f"limit {limit} is too small")
