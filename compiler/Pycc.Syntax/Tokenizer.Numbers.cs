namespace Pycc.Syntax;

// Number literals, scanned the way CPython's tokenizer does so that malformed ones fail
// with the same message at the same place.
internal sealed partial class Tokenizer
{
    private char Next() => _s[_pos++];

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private void Number()
    {
        int start = _pos, col = _pos - _lineStart;
        char c = Next();
        if (c == '.')
        {
            c = Next();
            Fraction(c, start, col);
            return;
        }
        if (c == '0')
        {
            c = Next();
            if (c == 'x' || c == 'X')
            {
                c = Next();
                do
                {
                    if (c == '_') c = Next();
                    if (!IsHex(c))
                    {
                        _pos--;
                        throw ErrorAtCursor("invalid hexadecimal literal");
                    }
                    do c = Next(); while (IsHex(c));
                } while (c == '_');
                EndOfNumber(c, "hexadecimal", start, col);
                return;
            }
            if (c == 'o' || c == 'O' || c == 'b' || c == 'B')
            {
                bool octal = c == 'o' || c == 'O';
                char max = octal ? '7' : '1';
                string kind = octal ? "octal" : "binary";
                c = Next();
                do
                {
                    if (c == '_') c = Next();
                    if (c < '0' || c > max)
                    {
                        if (char.IsAsciiDigit(c)) throw ErrorAtCursor($"invalid digit '{c}' in {kind} literal");
                        _pos--;
                        throw ErrorAtCursor($"invalid {kind} literal");
                    }
                    do c = Next(); while (c >= '0' && c <= max);
                } while (c == '_');
                if (char.IsAsciiDigit(c)) throw ErrorAtCursor($"invalid digit '{c}' in {kind} literal");
                EndOfNumber(c, kind, start, col);
                return;
            }
            // "0", zeros, or a float/imaginary that starts with zeros.
            bool nonzero = false;
            while (true)
            {
                if (c == '_')
                {
                    c = Next();
                    if (!char.IsAsciiDigit(c))
                    {
                        _pos--;
                        throw ErrorAtCursor("invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = Next();
            }
            int zerosEnd = _pos;
            if (char.IsAsciiDigit(c))
            {
                nonzero = true;
                c = DecimalTail();
            }
            if (c == '.')
            {
                Fraction(Next(), start, col);
                return;
            }
            if (c == 'e' || c == 'E')
            {
                Exponent(c, start, col);
                return;
            }
            if (c == 'j' || c == 'J')
            {
                Imaginary(start, col);
                return;
            }
            if (nonzero)
            {
                _pos--;
                throw _file.Error("SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    _line, start - _lineStart + 1, _line, zerosEnd - _lineStart);
            }
            EndOfNumber(c, "decimal", start, col);
            return;
        }
        _pos--;
        c = DecimalTail();
        if (c == '.')
        {
            Fraction(Next(), start, col);
            return;
        }
        if (c == 'e' || c == 'E')
        {
            Exponent(c, start, col);
            return;
        }
        if (c == 'j' || c == 'J')
        {
            Imaginary(start, col);
            return;
        }
        EndOfNumber(c, "decimal", start, col);
    }

    // Digits with single underscores between them; returns the character after them
    // (already consumed).
    private char DecimalTail()
    {
        char c;
        while (true)
        {
            do c = Next(); while (char.IsAsciiDigit(c));
            if (c != '_') return c;
            c = Next();
            if (!char.IsAsciiDigit(c))
            {
                _pos--;
                throw ErrorAtCursor("invalid decimal literal");
            }
        }
    }

    // After the '.', with c the character that follows it (consumed).
    private void Fraction(char c, int start, int col)
    {
        if (char.IsAsciiDigit(c))
        {
            _pos--;
            c = DecimalTail();
        }
        if (c == 'e' || c == 'E')
        {
            Exponent(c, start, col);
            return;
        }
        if (c == 'j' || c == 'J')
        {
            Imaginary(start, col);
            return;
        }
        EndOfNumber(c, "decimal", start, col);
    }

    private void Exponent(char e, int start, int col)
    {
        char c = Next();
        if (c == '+' || c == '-')
        {
            c = Next();
            if (!char.IsAsciiDigit(c))
            {
                _pos--;
                throw ErrorAtCursor("invalid decimal literal");
            }
        }
        else if (!char.IsAsciiDigit(c))
        {
            // "1e" followed by something else: the number ends before the 'e' (so `1else`
            // still works); an identifier character there is an error.
            _pos--;
            _pos--;
            VerifyEnd(e, "decimal");
            Add(TokenKind.Number, start, _line, col, _s.Substring(start, _pos - start));
            return;
        }
        _pos--;
        c = DecimalTail();
        if (c == 'j' || c == 'J')
        {
            Imaginary(start, col);
            return;
        }
        EndOfNumber(c, "decimal", start, col);
    }

    private void Imaginary(int start, int col) => EndOfNumber(Next(), "imaginary", start, col);

    // c is the character after the number, already consumed.
    private void EndOfNumber(char c, string kind, int start, int col)
    {
        _pos--;
        VerifyEnd(c, kind);
        Add(TokenKind.Number, start, _line, col, _s.Substring(start, _pos - start));
    }

    // With the cursor on c, the first character after a number: a letter there is an error,
    // unless it starts one of the keywords that may follow a number (CPython 3.11 only warns).
    private void VerifyEnd(char c, string kind)
    {
        bool keyword = c switch
        {
            'a' => Ahead("and"),
            'e' => Ahead("else"),
            'f' => Ahead("for"),
            'i' => Ahead("if") || Ahead("in") || Ahead("is"),
            'o' => Ahead("or"),
            'n' => Ahead("not"),
            _ => false,
        };
        if (!keyword && IsIdentifierChar(c)) throw ErrorAtCursor($"invalid {kind} literal");
    }

    private bool Ahead(string word) => string.CompareOrdinal(_s, _pos, word, 0, word.Length) == 0;
}
