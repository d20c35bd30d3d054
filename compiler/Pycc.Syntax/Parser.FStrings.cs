namespace Pycc.Syntax;

/// <summary>Where the tokens of an f-string replacement field came from, to report errors
/// in them as CPython 3.11 does: with an "f-string: " prefix, on the text "(expr)", and
/// with columns relative to it.</summary>
internal sealed class FStringContext
{
    private readonly int _shift;

    public FStringContext(int shift) => _shift = shift;

    public PythonSyntaxError Error(string kind, string msg, int line, int col, int endLine, int endCol, SourceFile file)
        => new(kind, "f-string: " + msg, file.FileName, line, col - _shift + 1, endLine, endCol - _shift + 1, file.LineText(line));
}

internal sealed partial class Parser
{
    /// <summary>The expression of a replacement field: the parenthesized text "(expr)".</summary>
    private Expr ParseFStringField()
    {
        var e = ParseStarExpressions();
        if (!At(TokenKind.Newline)) throw InvalidSyntax();
        return e;
    }

    /// <summary>Scans the body of one f-string literal into literal text and replacement
    /// fields, following CPython 3.11's fstring_find_literal and fstring_find_expr.</summary>
    private sealed class FStringScanner
    {
        private readonly Parser _parser;
        private readonly string _body;
        private readonly bool _raw, _uKind;
        private readonly Token _tok;
        private readonly int _bodyOffset;
        private int _pos;

        public FStringScanner(Parser parser, string body, bool raw, in Token tok, int bodyOffset, bool uKind)
        {
            _parser = parser;
            _body = body;
            _raw = raw;
            _tok = tok;
            _bodyOffset = bodyOffset;
            _uKind = uKind;
        }

        // Errors found while scanning are reported at the token after the literals.
        private PythonSyntaxError Error(string msg) => Fatal(_parser.ErrorAtFurthest(msg));

        public void Parse(List<Piece> output, int level)
        {
            int n = _body.Length;
            while (true)
            {
                int litStart = _pos, litEnd;
                bool doubled = false;
                while (true)
                {
                    if (_pos >= n)
                    {
                        litEnd = _pos;
                        break;
                    }
                    char ch = _body[_pos++];
                    if (!_raw && ch == '\\' && _pos < n)
                    {
                        ch = _body[_pos++];
                        if (ch == 'N')
                        {
                            // Skip the braces of \N{NAME}: they start no field.
                            if (_pos < n && _body[_pos++] == '{')
                                while (_pos < n && _body[_pos++] != '}') { }
                            continue;
                        }
                    }
                    if (ch == '{' || ch == '}')
                    {
                        if (level == 0)
                        {
                            if (_pos < n && _body[_pos] == ch)
                            {
                                litEnd = _pos;
                                _pos++;
                                doubled = true;
                                break;
                            }
                            if (ch == '}')
                            {
                                _pos--;
                                throw Error("f-string: single '}' is not allowed");
                            }
                        }
                        _pos--;
                        litEnd = _pos;
                        break;
                    }
                }
                if (litEnd > litStart)
                {
                    string lit = _body.Substring(litStart, litEnd - litStart);
                    output.Add(new Piece(_raw ? lit : _parser.DecodeEscapes(lit)));
                }
                if (doubled) continue;
                if (_pos >= n || _body[_pos] == '}') break;
                ParseField(output, level);
            }
            if (level != 0 && (_pos >= n || _body[_pos] != '}')) throw Error("f-string: expecting '}'");
        }

        private static bool IsBlank(char c) => c is ' ' or '\t' or '\n' or '\f';

        private void ParseField(List<Piece> output, int level)
        {
            if (level >= 2) throw Error("f-string: expressions nested too deeply");
            int n = _body.Length;
            _pos++;
            int exprStart = _pos;
            char quote = '\0';
            bool tripleQuoted = false;
            var stack = new List<char>();
            for (; _pos < n; _pos++)
            {
                char ch = _body[_pos];
                if (ch == '\\') throw Error("f-string expression part cannot include a backslash");
                if (quote != '\0')
                {
                    if (ch != quote) continue;
                    if (!tripleQuoted)
                    {
                        quote = '\0';
                        continue;
                    }
                    if (_pos + 2 < n && _body[_pos + 1] == ch && _body[_pos + 2] == ch)
                    {
                        _pos += 2;
                        quote = '\0';
                    }
                    continue;
                }
                if (ch == '\'' || ch == '"')
                {
                    tripleQuoted = _pos + 2 < n && _body[_pos + 1] == ch && _body[_pos + 2] == ch;
                    if (tripleQuoted) _pos += 2;
                    quote = ch;
                }
                else if (ch is '[' or '{' or '(')
                {
                    if (stack.Count >= 200) throw Error("f-string: too many nested parenthesis");
                    stack.Add(ch);
                }
                else if (ch == '#') throw Error("f-string expression part cannot include '#'");
                else if (stack.Count == 0 && ch is '!' or ':' or '}' or '=' or '<' or '>')
                {
                    if (_pos + 1 < n && _body[_pos + 1] == '=' && ch is '!' or '=' or '<' or '>')
                    {
                        _pos++;
                        continue;
                    }
                    if (ch is '<' or '>') continue;
                    break;
                }
                else if (ch is ']' or '}' or ')')
                {
                    if (stack.Count == 0) throw Error($"f-string: unmatched '{ch}'");
                    char open = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                        throw Error($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'");
                }
            }
            int exprEnd = _pos;
            if (quote != '\0') throw Error("f-string: unterminated string");
            if (stack.Count > 0) throw Error($"f-string: unmatched '{stack[^1]}'");
            if (_pos >= n) throw Error("f-string: expecting '}'");

            var value = CompileField(exprStart, exprEnd);

            string? debugText = null;
            if (_body[_pos] == '=')
            {
                _pos++;
                while (_pos < n && _body[_pos] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') _pos++;
                if (_pos >= n) throw Error("f-string: expecting '}'");
                debugText = _body.Substring(exprStart, _pos - exprStart);
            }
            int conversion = -1;
            if (_body[_pos] == '!')
            {
                _pos++;
                if (_pos >= n) throw Error("f-string: expecting '}'");
                conversion = _body[_pos++];
                if (conversion is not ('s' or 'r' or 'a'))
                    throw Error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            JoinedStr? spec = null;
            if (_pos < n && _body[_pos] == ':')
            {
                _pos++;
                if (_pos >= n) throw Error("f-string: expecting '}'");
                var pieces = new List<Piece>();
                Parse(pieces, level + 1);
                spec = new JoinedStr();
                MergePieces(pieces, spec.Values, _uKind, _tok, _tok, setSpans: false);
                // A format spec and its trailing literal text span the literal they are
                // in; the rest gets the span of the whole concatenation (CPython 3.11).
                SetSpan(spec, _tok, _tok);
                if (spec.Values.Count > 0 && spec.Values[^1] is Constant trailing) SetSpan(trailing, _tok, _tok);
            }
            if (_pos >= n || _body[_pos] != '}') throw Error("f-string: expecting '}'");
            _pos++;
            if (debugText != null && spec == null && conversion == -1) conversion = 'r';
            if (debugText != null) output.Add(new Piece(debugText));
            output.Add(new Piece(new FormattedValue { Value = value, Conversion = conversion, FormatSpec = spec }));
        }

        /// <summary>Parses the field text as "(expr)" with positions mapped into the file,
        /// as CPython 3.11's fstring_compile_expr and fstring_find_expr_location do.</summary>
        private Expr CompileField(int exprStart, int exprEnd)
        {
            int k = exprStart;
            while (k < exprEnd && IsBlank(_body[k])) k++;
            if (k == exprEnd)
            {
                char c = _body[exprEnd];
                if (c is '!' or ':' or '=') throw Error($"f-string: expression required before '{c}'");
                throw Error("f-string: empty expression not allowed");
            }
            string file = _parser._file.Text;
            int tokStart = _tok.Start;
            int brace = _bodyOffset + exprStart - 1; // index of '{' in the token's text
            bool newlineAfterBrace = true;
            for (int i = tokStart + brace + 1; i < _tok.End && file[i] != '}' && file[i] != '\n'; i++)
            {
                if (file[i] is not (' ' or '\t' or '\f'))
                {
                    newlineAfterBrace = false;
                    break;
                }
            }
            int lines = 0, lastNewline = -1;
            for (int i = 0; i < brace; i++)
            {
                if (file[tokStart + i] == '\n')
                {
                    lines++;
                    lastNewline = i;
                }
            }
            int cols = newlineAfterBrace ? 0 : lastNewline < 0 ? brace : brace - lastNewline - 1;
            int startLine = _tok.Line + lines;
            int shift = (lines == 0 ? _tok.Col : 0) + cols;

            var sub = new SourceFile("(" + _body.Substring(exprStart, exprEnd - exprStart) + ")", _parser._file.FileName, startLine);
            var tokens = Tokenizer.Tokenize(sub);
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
            for (int i = 0; i < span.Length; i++)
            {
                ref Token t = ref span[i];
                if (t.Line == startLine) t.Col += shift;
                if (t.EndLine == startLine) t.EndCol += shift;
            }
            try
            {
                return new Parser(sub, tokens, new FStringContext(shift)).ParseFStringField();
            }
            catch (PythonSyntaxError e)
            {
                // Whatever goes wrong in a field is raised by the literal's action.
                throw Fatal(e);
            }
        }
    }
}
