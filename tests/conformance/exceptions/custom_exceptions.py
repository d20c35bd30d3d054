# Custom exception hierarchies for an application.
class ValidationError(Exception):
    """Base of all validation problems."""
class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(f"missing field: {field}")
        self.field = field
class BadType(ValidationError):
    def __init__(self, field, expected, got):
        super().__init__(f"{field}: expected {expected.__name__}, got {type(got).__name__}")
SCHEMA = {"name": str, "age": int}
def validate(record):
    for field, kind in SCHEMA.items():
        if field not in record:
            raise MissingField(field)
        if not isinstance(record[field], kind):
            raise BadType(field, kind, record[field])
    return True
records = [
    {"name": "Ann", "age": 3},
    {"name": "Bob"},
    {"name": 5, "age": 1},
    {"age": "x"},
]
for r in records:
    try:
        validate(r)
        print("valid", r)
    except MissingField as e:
        print("MissingField:", e, "| field =", e.field)
    except ValidationError as e:
        print(type(e).__name__ + ":", e)
errors = []
for r in records:
    try:
        validate(r)
    except ValidationError as e:
        errors.append(e)
print([type(e).__name__ for e in errors])
print(ValidationError.__doc__, isinstance(errors[0], Exception))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("custom"))
