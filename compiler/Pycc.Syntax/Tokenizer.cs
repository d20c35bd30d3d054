namespace Pycc.Syntax;

/// <summary>
/// Python 3.11's tokenizer. It turns the whole file into tokens up front; a lexical error
/// ends the list with an Error token, which the parser raises when it reaches it (and which
/// also overrides a parser error found earlier, as CPython's final full-file tokenization
/// does). String literals, f-strings included, are single String tokens whose contents
/// the parser decodes.
/// </summary>
internal sealed partial class Tokenizer
{
    // CPython's limits: MAXINDENT and MAXLEVEL.
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;

    private readonly SourceFile _file;
    private readonly string _s;
    private readonly List<Token> _tokens;
    private int _pos, _line, _lineStart;
    // Where CPython's tokenizer buffer starts: the first line of a token or of lines
    // joined by backslashes. One error of CPython's counts its column from there.
    private int _bufStart;
    private readonly List<int> _indents = new() { 0 }, _altIndents = new() { 0 };
    private readonly List<(char Ch, int Line, int Col)> _brackets = new();
    // Whether the current logical line has produced a token (and so needs a NEWLINE).
    private bool _lineHasTokens;

    private Tokenizer(SourceFile file)
    {
        _file = file;
        _s = file.Text;
        _line = file.FirstLine;
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _tokens = new List<Token>(_s.Length / 4 + 16);
    }

    public static List<Token> Tokenize(SourceFile file)
    {
        var t = new Tokenizer(file);
        try
        {
            t.Run();
        }
        catch (PythonSyntaxError e)
        {
            t.AddError(e, false);
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t._tokens);
            span[^1].YieldsToParser = e.Kind != "SyntaxError"
                || e.Msg is "unexpected character after line continuation character" or "unexpected EOF while parsing";
            span[^1].Unclosed = t.UnclosedBracketError();
        }
        return t._tokens;
    }

    private void AddError(PythonSyntaxError e, bool unclosedAtEof)
    {
        _tokens.Add(new Token
        {
            Kind = TokenKind.Error, Start = _pos, End = _pos, Line = _line, Col = _pos - _lineStart,
            EndLine = _line, EndCol = _pos - _lineStart, Error = e, UnclosedAtEof = unclosedAtEof,
        });
    }

    /// <summary>An error at the cursor, as CPython's tokenizer reports most of its errors:
    /// the offset counts the characters before the cursor.</summary>
    private PythonSyntaxError ErrorAtCursor(string msg, string kind = "SyntaxError")
    {
        int off = _pos - _lineStart;
        return _file.Error(kind, msg, _line, off, _line, off);
    }

    private void Add(TokenKind kind, int start, int line, int col, string? text = null)
    {
        _tokens.Add(new Token
        {
            Kind = kind, Start = start, End = _pos, Line = line, Col = col,
            EndLine = _line, EndCol = _pos - _lineStart, Text = text, Level = (short)_brackets.Count,
        });
        _lineHasTokens = true;
    }

    private void Run()
    {
        bool atLineStart = true;
        int commentStart = -1;
        while (true)
        {
            if (atLineStart)
            {
                atLineStart = false;
                if (_brackets.Count == 0)
                {
                    if (_pos >= _s.Length) break;
                    Indentation();
                }
            }
            // Skip blanks.
            char c;
            while (_pos < _s.Length && ((c = _s[_pos]) == ' ' || c == '\t' || c == '\f')) _pos++;
            if (_pos >= _s.Length) break;
            c = _s[_pos];
            int start = _pos, col = _pos - _lineStart;
            switch (c)
            {
                case '#':
                    commentStart = _pos;
                    while (_s[_pos] != '\n') _pos++;
                    continue;
                case '\n':
                    if (_brackets.Count == 0 && _lineHasTokens)
                    {
                        // After a comment, CPython's NEWLINE token starts at the '#'.
                        int nlStart = commentStart >= _lineStart ? commentStart : _pos;
                        _tokens.Add(new Token
                        {
                            Kind = TokenKind.Newline, Start = nlStart, End = _pos + 1, Line = _line, Col = nlStart - _lineStart,
                            EndLine = _line, EndCol = col,
                        });
                        _lineHasTokens = false;
                    }
                    NextLine(_pos + 1);
                    _bufStart = _lineStart;
                    atLineStart = true;
                    continue;
                case '\\':
                    Continuation();
                    continue;
                case '\0':
                    throw _file.Error("SyntaxError", "source code cannot contain null bytes", _line, col + 1, _line, col + 1);
            }
            if (c == '.' && _pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1]))
            {
                Number();
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                Number();
                continue;
            }
            if (IsIdentifierChar(c))
            {
                NameOrString();
                continue;
            }
            if (c == '"' || c == '\'')
            {
                StringLiteral(start, col);
                continue;
            }
            Operator(c, start, col);
        }
        EndOfInput();
    }

    private void NextLine(int pos)
    {
        _pos = pos;
        _line++;
        _lineStart = pos;
    }

    private void EndOfInput()
    {
        // The source always ends with a newline, so here the cursor stands after the last
        // one; CPython reports EOF tokens on the last line with that column.
        _pos = _s.Length;
        int lastLine = _file.LastLine;
        int lastCol = _s.Length - _file.LineStart(lastLine);
        _line = lastLine;
        _lineStart = _file.LineStart(lastLine);
        if (_brackets.Count > 0)
        {
            AddError(UnclosedBracketError()!, true);
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);
            span[^1].Unclosed = span[^1].Error;
            return;
        }
        for (int i = _indents.Count - 1; i > 0; i--) AddMarker(TokenKind.Dedent, lastLine, lastCol);
        _indents.RemoveRange(1, _indents.Count - 1);
        AddMarker(TokenKind.EndMarker, lastLine, lastCol);
    }

    /// <summary>"'(' was never closed" for the innermost open bracket, if any.</summary>
    private PythonSyntaxError? UnclosedBracketError()
    {
        if (_brackets.Count == 0) return null;
        var (ch, bl, bc) = _brackets[^1];
        return _file.Error("SyntaxError", $"'{ch}' was never closed", bl, bc + 1, bl, 0);
    }

    private void AddMarker(TokenKind kind, int line, int col)
    {
        _tokens.Add(new Token { Kind = kind, Start = _pos, End = _pos, Line = line, Col = col, EndLine = line, EndCol = col });
    }

    // A backslash outside a string: it must end the line.
    private void Continuation()
    {
        if (_pos + 1 < _s.Length && _s[_pos + 1] == '\n')
        {
            NextLine(_pos + 2);
            if (_pos >= _s.Length)
            {
                // CPython stands on the line of the backslash, after it.
                _line--;
                _lineStart = _file.LineStart(_line);
                int off = _s.Length - _lineStart;
                throw _file.Error("SyntaxError", "unexpected EOF while parsing", _line, off, _line, -1);
            }
            return;
        }
        throw LineContinuationError();
    }

    private PythonSyntaxError LineContinuationError()
    {
        _pos += 2;
        int o = _pos - _bufStart;
        return _file.ParserError("SyntaxError", "unexpected character after line continuation character", _line, o, _line, 0);
    }

    /// <summary>Measures the indentation at the start of a line outside brackets and emits
    /// INDENT or DEDENT tokens, with CPython's rules for tabs: a tab advances the column to
    /// the next multiple of 8, and the indentation must compare the same way when a tab
    /// counts as one column.</summary>
    private void Indentation()
    {
        int col = 0, altCol = 0, contCol = 0;
        while (true)
        {
            char c = _s[_pos];
            if (c == ' ') { col++; altCol++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; altCol++; }
            else if (c == '\f') { col = altCol = 0; }
            else if (c == '\\' && _pos + 1 < _s.Length && _s[_pos + 1] != '\n') throw LineContinuationError();
            else if (c == '\\' && _pos + 1 < _s.Length && _s[_pos + 1] == '\n')
            {
                // The first backslash decides the indentation of the continued line.
                if (contCol == 0) contCol = col;
                NextLine(_pos + 2);
                if (_pos >= _s.Length)
                {
                    _line--;
                    _lineStart = _file.LineStart(_line);
                    throw _file.Error("SyntaxError", "unexpected EOF while parsing", _line, _s.Length - _lineStart, _line, -1);
                }
                continue;
            }
            else break;
            _pos++;
        }
        char first = _s[_pos];
        if (first == '#' || first == '\n') return; // blank line: no effect on indentation
        if (contCol != 0) col = altCol = contCol;

        int cursor = _pos - _lineStart;
        if (col == _indents[^1])
        {
            if (altCol != _altIndents[^1]) throw TabError();
        }
        else if (col > _indents[^1])
        {
            if (_indents.Count >= MaxIndent)
                throw _file.Error("IndentationError", "too many levels of indentation", _line, 1, _line, 0);
            if (altCol <= _altIndents[^1]) throw TabError();
            _indents.Add(col);
            _altIndents.Add(altCol);
            AddMarker(TokenKind.Indent, _line, cursor);
        }
        else
        {
            // The level must match an outer one before any DEDENT is given out.
            int level = _indents.Count - 1;
            while (level > 0 && col < _indents[level]) level--;
            if (col != _indents[level])
            {
                int len = _file.LineText(_line).Length + 1;
                throw _file.Error("IndentationError", "unindent does not match any outer indentation level", _line, len, _line, -1);
            }
            if (altCol != _altIndents[level]) throw TabError();
            while (_indents.Count - 1 > level)
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                AddMarker(TokenKind.Dedent, _line, cursor);
            }
        }
    }

    private PythonSyntaxError TabError()
        => _file.Error("TabError", "inconsistent use of tabs and spaces in indentation", _line, 1, _line, 0);

    private static bool IsIdentifierChar(char c)
        => c >= 0x80 || c == '_' || char.IsAsciiLetter(c) || char.IsAsciiDigit(c);

    private static readonly Dictionary<string, TokenKind> Keywords = new()
    {
        ["False"] = TokenKind.False, ["None"] = TokenKind.None, ["True"] = TokenKind.True,
        ["and"] = TokenKind.And, ["as"] = TokenKind.As, ["assert"] = TokenKind.Assert,
        ["async"] = TokenKind.Async, ["await"] = TokenKind.Await, ["break"] = TokenKind.Break,
        ["class"] = TokenKind.Class, ["continue"] = TokenKind.Continue, ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del, ["elif"] = TokenKind.Elif, ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except, ["finally"] = TokenKind.Finally, ["for"] = TokenKind.For,
        ["from"] = TokenKind.From, ["global"] = TokenKind.Global, ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import, ["in"] = TokenKind.In, ["is"] = TokenKind.Is,
        ["lambda"] = TokenKind.Lambda, ["nonlocal"] = TokenKind.Nonlocal, ["not"] = TokenKind.Not,
        ["or"] = TokenKind.Or, ["pass"] = TokenKind.Pass, ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return, ["try"] = TokenKind.Try, ["while"] = TokenKind.While,
        ["with"] = TokenKind.With, ["yield"] = TokenKind.Yield,
    };

    private static readonly Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        Keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Identifier texts are interned per file: a module repeats few names many times.
    private readonly Dictionary<string, string> _names = new();
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    private void NameOrString()
    {
        int start = _pos, col = _pos - _lineStart;
        // String prefixes: b, r, u, f and the pairs br, rb, fr, rf in any case; u stands alone.
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true)
        {
            char c = _s[_pos];
            char l = (char)(c | 0x20);
            if (!(sawB || sawU || sawF) && l == 'b') sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && l == 'u') sawU = true;
            else if (!(sawR || sawU) && l == 'r') sawR = true;
            else if (!(sawF || sawB || sawU) && l == 'f') sawF = true;
            else break;
            _pos++;
            if (_s[_pos] == '"' || _s[_pos] == '\'')
            {
                StringLiteral(start, col);
                return;
            }
        }
        bool ascii = true;
        while (true)
        {
            char c = _s[_pos];
            if (c < 0x80)
            {
                if (!(c == '_' || char.IsAsciiLetterOrDigit(c))) break;
            }
            else ascii = false;
            _pos++;
        }
        var span = _s.AsSpan(start, _pos - start);
        if (KeywordLookup.TryGetValue(span, out var kw))
        {
            Add(kw, start, _line, col);
            return;
        }
        string name;
        if (!ascii) name = VerifyIdentifier(span.ToString(), start);
        else if (!_nameLookup.TryGetValue(span, out name!))
        {
            name = span.ToString();
            _names[name] = name;
        }
        Add(TokenKind.Name, start, _line, col, name);
    }

    // PEP 3131: check the characters, report the first bad one, and normalize to NFKC.
    private string VerifyIdentifier(string raw, int start)
    {
        for (int i = 0; i < raw.Length;)
        {
            int cp = raw[i], width = 1;
            if (char.IsHighSurrogate(raw[i]) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                cp = char.ConvertToUtf32(raw[i], raw[i + 1]);
                width = 2;
            }
            bool ok = i == 0 ? UnicodeData.IsIdentifierStart(cp) : UnicodeData.IsIdentifierContinue(cp);
            if (!ok)
            {
                _pos = start + i + width;
                string hex = cp.ToString("X4");
                string msg = UnicodeData.IsPrintable(cp)
                    ? $"invalid character '{raw.Substring(i, width)}' (U+{hex})"
                    : $"invalid non-printable character U+{hex}";
                throw ErrorAtCursor(msg);
            }
            i += width;
        }
        return UnicodeData.NormalizeNfkc(raw);
    }

    private void Operator(char c, int start, int col)
    {
        char c1 = _pos + 1 < _s.Length ? _s[_pos + 1] : '\0';
        char c2 = _pos + 2 < _s.Length ? _s[_pos + 2] : '\0';
        TokenKind kind;
        int len = 1;
        switch (c)
        {
            case '(': case '[': case '{':
                if (_brackets.Count >= MaxLevel)
                {
                    _pos++;
                    throw ErrorAtCursor("too many nested parentheses");
                }
                _brackets.Add((c, _line, col));
                kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
                break;
            case ')': case ']': case '}':
                _pos++;
                if (_brackets.Count == 0) throw ErrorAtCursor($"unmatched '{c}'");
                var (open, openLine, _) = _brackets[^1];
                if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}'))
                {
                    throw ErrorAtCursor(openLine != _line
                        ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {openLine}"
                        : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'");
                }
                _brackets.RemoveAt(_brackets.Count - 1);
                _pos--;
                kind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
                break;
            case ':': (kind, len) = c1 == '=' ? (TokenKind.ColonEqual, 2) : (TokenKind.Colon, 1); break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '.': (kind, len) = c1 == '.' && c2 == '.' ? (TokenKind.Ellipsis, 3) : (TokenKind.Dot, 1); break;
            case '@': (kind, len) = c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1); break;
            case '=': (kind, len) = c1 == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1); break;
            case '+': (kind, len) = c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1); break;
            case '-':
                (kind, len) = c1 == '=' ? (TokenKind.MinEqual, 2) : c1 == '>' ? (TokenKind.RArrow, 2) : (TokenKind.Minus, 1);
                break;
            case '*':
                if (c1 == '*') (kind, len) = c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2);
                else (kind, len) = c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
                break;
            case '/':
                if (c1 == '/') (kind, len) = c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2);
                else (kind, len) = c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
                break;
            case '%': (kind, len) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1); break;
            case '&': (kind, len) = c1 == '=' ? (TokenKind.AmperEqual, 2) : (TokenKind.Amper, 1); break;
            case '|': (kind, len) = c1 == '=' ? (TokenKind.VBarEqual, 2) : (TokenKind.VBar, 1); break;
            case '^': (kind, len) = c1 == '=' ? (TokenKind.CircumflexEqual, 2) : (TokenKind.CircumFlex, 1); break;
            case '~': kind = TokenKind.Tilde; break;
            case '<':
                if (c1 == '<') (kind, len) = c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2);
                else if (c1 == '=') (kind, len) = (TokenKind.LessEqual, 2);
                else if (c1 == '>') (kind, len) = (TokenKind.Unknown, 2); // '<>' needs barry_as_FLUFL
                else kind = TokenKind.Less;
                break;
            case '>':
                if (c1 == '>') (kind, len) = c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2);
                else (kind, len) = c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1);
                break;
            case '!': (kind, len) = c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.Unknown, 1); break;
            default:
                if (c < ' ' && c != '\t' && c != '\f')
                {
                    _pos++;
                    throw ErrorAtCursor($"invalid non-printable character U+{(int)c:X4}");
                }
                kind = TokenKind.Unknown;
                break;
        }
        _pos += len;
        Add(kind, start, _line, col);
    }
}
