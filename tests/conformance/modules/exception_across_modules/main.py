# An exception class defined in another module; uncaught, it prints as module.ClassName.
import validators
from validators import ValidationError

for value in ["42", "-7"]:
    try:
        print("valid:", validators.positive_int(value))
    except ValidationError as e:
        print("caught", type(e).__name__, type(e).__module__, e)

print(validators.positive_int("0"))
