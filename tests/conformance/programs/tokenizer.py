# A tokenizer and recursive-descent parser/evaluator for arithmetic expressions.
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value

    def __repr__(self):
        return f"{self.kind}:{self.value}"


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif ch in "+-*/()^,":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("eof", None))
    return tokens


class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r}, got {tok.value!r}")
        self.pos += 1
        return tok

    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            v = v + self.term() if self.take().value == "+" else v - self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/"):
            v = v * self.factor() if self.take().value == "*" else v / self.factor()
        return v

    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[tok.value](*args)
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected token {tok!r}")


def evaluate(src, env=None):
    p = Parser(tokenize(src), env or {})
    v = p.expr()
    p.take()
    return v


print(tokenize("3 + x1*(2.5 - y)"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "max(1, x, 3) - min(y, 0)",
            "abs(-7.5) * 2", "x * x + y * y"]:
    print(f"{src:<28} = {evaluate(src, {'x': 5, 'y': -2})}")
for bad in ["1 +", "2 $ 3", "(1 + 2", "unknown + 1"]:
    try:
        evaluate(bad)
    except (SyntaxError, KeyError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
