# A tokenizer implemented as an explicit state machine with while loops.
def tokenize(src):
    tokens = []
    i = 0
    state = "start"
    buf = ""
    while i <= len(src):
        ch = src[i] if i < len(src) else "\0"
        if state == "start":
            if ch.isdigit():
                state, buf = "number", ch
            elif ch.isalpha() or ch == "_":
                state, buf = "ident", ch
            elif ch == '"':
                state, buf = "string", ""
            elif ch in "+-*/()=<>":
                if ch in "<>=" and i + 1 < len(src) and src[i + 1] == "=":
                    tokens.append(("op", ch + "="))
                    i += 1
                else:
                    tokens.append(("op", ch))
            elif ch in " \t\n\0":
                pass
            else:
                tokens.append(("error", ch))
            i += 1
        elif state == "number":
            if ch.isdigit() or (ch == "." and "." not in buf):
                buf += ch
                i += 1
            else:
                tokens.append(("num", float(buf) if "." in buf else int(buf)))
                state = "start"
        elif state == "ident":
            if ch.isalnum() or ch == "_":
                buf += ch
                i += 1
            else:
                kind = "kw" if buf in ("if", "else", "while", "let") else "name"
                tokens.append((kind, buf))
                state = "start"
        elif state == "string":
            if ch == '"':
                tokens.append(("str", buf))
                state = "start"
            elif ch == "\0":
                tokens.append(("error", "unterminated string"))
                break
            else:
                buf += ch
            i += 1
    return tokens
for line in ['let x = 42 + y_1', 'if a >= 3.25 (b) else "hi there"', 'while n <= 10 n = n * 2', '7 $ "open']:
    print(line)
    for tok in tokenize(line):
        print("   ", tok)
