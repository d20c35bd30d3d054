# conformance: full-stderr
# Nested functions and methods appear in tracebacks by their plain name.
class Parser:
    def parse(self, text):
        def fail(msg):
            raise SyntaxError(msg)
        if not text.startswith("("):
            fail("expected '('")
        return text


p = Parser()
print(p.parse("(ok)"))
p.parse("oops")
