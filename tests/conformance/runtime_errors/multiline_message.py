# An exception whose message spans lines: only the last line is the last stderr line.
errors = ["field 'name' is required", "field 'age' must be an int"]
print("validation produced", len(errors), "errors")
raise ValueError("invalid record:\n  " + "\n  ".join(errors))
