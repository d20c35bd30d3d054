namespace Pycc.Syntax;

// String literals: the tokenizer only finds where each one ends; the parser decodes it.
internal sealed partial class Tokenizer
{
    /// <summary>Scans a literal whose prefix started at `start`; the cursor is on the quote.</summary>
    private void StringLiteral(int start, int col)
    {
        int line = _line, lineStart = _lineStart;
        char q = _s[_pos];
        bool triple = _pos + 2 < _s.Length && _s[_pos + 1] == q && _s[_pos + 2] == q;
        _pos += triple ? 3 : 1;
        while (true)
        {
            if (_pos >= _s.Length) throw Unterminated(triple, line, lineStart, start);
            char c = _s[_pos];
            if (c == q)
            {
                if (!triple)
                {
                    _pos++;
                    break;
                }
                if (_pos + 2 < _s.Length && _s[_pos + 1] == q && _s[_pos + 2] == q)
                {
                    _pos += 3;
                    break;
                }
                _pos++;
            }
            else if (c == '\\')
            {
                if (_pos + 1 >= _s.Length) throw Unterminated(triple, line, lineStart, start);
                if (_s[_pos + 1] == '\n') NextLine(_pos + 2);
                else _pos += 2;
            }
            else if (c == '\n')
            {
                if (!triple) throw Unterminated(false, line, lineStart, start);
                NextLine(_pos + 1);
            }
            else if (c == '\0')
            {
                throw _file.Error("SyntaxError", "source code cannot contain null bytes", _line, _pos - _lineStart + 1, _line, _pos - _lineStart + 1);
            }
            else _pos++;
        }
        _tokens.Add(new Token
        {
            Kind = TokenKind.String, Start = start, End = _pos, Line = line, Col = col,
            EndLine = _line, EndCol = _pos - _lineStart, Level = (short)_brackets.Count,
        });
        _lineHasTokens = true;
    }

    private PythonSyntaxError Unterminated(bool triple, int line, int lineStart, int start)
    {
        // CPython names the line it had reached: the last line when input ran out.
        int detected = _pos >= _s.Length ? _file.LastLine : _line;
        string msg = triple
            ? $"unterminated triple-quoted string literal (detected at line {detected})"
            : $"unterminated string literal (detected at line {detected})";
        int off = start - lineStart + 1;
        return _file.Error("SyntaxError", msg, line, off, line, off);
    }
}
