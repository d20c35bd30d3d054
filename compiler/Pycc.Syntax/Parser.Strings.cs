using System.Text;

namespace Pycc.Syntax;

// String literals: implicit concatenation, escape sequences, and f-strings with CPython
// 3.11's semantics (the replacement fields are found by scanning the literal's text and
// each expression is parsed on its own, as "(expr)").
internal sealed partial class Parser
{
    private readonly struct Piece
    {
        public readonly string? Text;
        public readonly FormattedValue? Value;
        public Piece(string text) { Text = text; Value = null; }
        public Piece(FormattedValue v) { Text = null; Value = v; }
    }

    private Expr ParseStrings()
    {
        int first = _p;
        while (At(TokenKind.String)) Advance();
        int last = _p - 1;
        ref readonly Token ft = ref _toks[first];
        ref readonly Token lt = ref _toks[last];

        bool? bytesMode = null;
        bool anyF = false, uKind = false;
        var bytes = new List<byte>();
        var pieces = new List<Piece>();
        var sb = new StringBuilder();
        for (int i = first; i <= last; i++)
        {
            ref readonly Token t = ref _toks[i];
            var (prefixLen, quoteLen, isBytes, isRaw, isF, isU) = Prefix(t);
            // Only a lowercase u marks the constant (CPython's `kind`).
            if (i == first) uKind = isU && _file.Text[t.Start] == 'u';
            int bodyStart = t.Start + prefixLen + quoteLen, bodyEnd = t.End - quoteLen;
            string body = _file.Text.Substring(bodyStart, bodyEnd - bodyStart);
            if (isBytes)
            {
                foreach (char c in body)
                    if (c >= 0x80) throw Fatal(ErrorAt(t, "bytes can only contain ASCII literal characters"));
                if (bytesMode == false) throw Fatal(ErrorAtFurthest("cannot mix bytes and nonbytes literals"));
                bytesMode = true;
                DecodeBytes(body, isRaw, bytes);
                continue;
            }
            if (isF)
            {
                anyF = true;
                new FStringScanner(this, body, isRaw, t, prefixLen + quoteLen, uKind).Parse(pieces, 0);
            }
            else
            {
                string s = isRaw ? body : DecodeEscapes(body);
                pieces.Add(new Piece(s));
            }
            if (bytesMode == true) throw Fatal(ErrorAtFurthest("cannot mix bytes and nonbytes literals"));
            bytesMode = false;
        }

        if (bytesMode == true)
            return Finish(new Constant { Kind = ConstantKind.Bytes, Value = bytes.ToArray() }, ft);
        if (!anyF)
        {
            foreach (var p in pieces) sb.Append(p.Text);
            return Finish(new Constant { Kind = ConstantKind.Str, Value = sb.ToString(), Prefix = uKind ? "u" : null }, ft);
        }
        var js = new JoinedStr();
        MergePieces(pieces, js.Values, uKind, ft, lt);
        return Finish(js, ft);
    }

    /// <summary>Adjacent literal pieces become one Constant; empty ones vanish. Every node
    /// made here spans the whole concatenation, as in CPython 3.11.</summary>
    private static void MergePieces(List<Piece> pieces, List<Expr> values, bool uKind, in Token ft, in Token lt, bool setSpans = true)
    {
        var sb = new StringBuilder();
        foreach (var p in pieces)
        {
            if (p.Text != null)
            {
                sb.Append(p.Text);
                continue;
            }
            Flush();
            values.Add(p.Value!);
        }
        Flush();

        void Flush()
        {
            if (sb.Length == 0) return;
            var c = new Constant { Kind = ConstantKind.Str, Value = sb.ToString(), Prefix = uKind ? "u" : null };
            values.Add(c);
            sb.Clear();
        }

        if (setSpans) foreach (var v in values) SetSpan(v, ft, lt);
    }

    private static void SetSpan(Expr e, in Token ft, in Token lt)
    {
        e.Line = ft.Line; e.Col = ft.Col; e.EndLine = lt.EndLine; e.EndCol = lt.EndCol;
        if (e is FormattedValue { FormatSpec: JoinedStr spec })
        {
            int n = spec.Values.Count > 0 && spec.Values[^1] is Constant ? spec.Values.Count - 1 : spec.Values.Count;
            for (int i = 0; i < n; i++) SetSpan(spec.Values[i], ft, lt);
        }
    }

    private (int PrefixLen, int QuoteLen, bool Bytes, bool Raw, bool F, bool U) Prefix(in Token t)
    {
        string s = _file.Text;
        int i = t.Start;
        bool b = false, r = false, f = false, u = false;
        while (s[i] != '"' && s[i] != '\'')
        {
            switch (s[i] | 0x20)
            {
                case 'b': b = true; break;
                case 'r': r = true; break;
                case 'f': f = true; break;
                case 'u': u = true; break;
            }
            i++;
        }
        char q = s[i];
        int quoteLen = i + 2 < t.End && s[i + 1] == q && s[i + 2] == q ? 3 : 1;
        return (i - t.Start, quoteLen, b, r, f, u);
    }

    // ------------------------------------------------------------------ escapes

    /// <summary>Decodes the escapes of a str literal (unicode_escape), raising CPython's
    /// "(unicode error)" for a malformed one.</summary>
    private string DecodeEscapes(string body)
    {
        int bs = body.IndexOf('\\');
        if (bs < 0) return body;
        var sb = new StringBuilder(body.Length);
        sb.Append(body, 0, bs);
        for (int i = bs; i < body.Length;)
        {
            char c = body[i];
            if (c != '\\')
            {
                sb.Append(c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= body.Length)
            {
                sb.Append('\\');
                break;
            }
            char e = body[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < body.Length && body[i] >= '0' && body[i] <= '7'; k++, i++)
                        v = v * 8 + (body[i] - '0');
                    sb.Append((char)v);
                    break;
                }
                case 'x':
                case 'u':
                case 'U':
                {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0, k = 0;
                    for (; k < n && i < body.Length && char.IsAsciiHexDigit(body[i]); k++, i++) v = v * 16 + HexValue(body[i]);
                    if (k < n)
                    {
                        string what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        throw UnicodeError(body, start, i, $"truncated {what} escape");
                    }
                    if (e == 'U' && (uint)v > 0x10FFFF) throw UnicodeError(body, start, i, "illegal Unicode character");
                    AppendCodePoint(sb, v);
                    break;
                }
                case 'N':
                {
                    int close = i < body.Length && body[i] == '{' ? body.IndexOf('}', i + 1) : -1;
                    if (close < 0 || close == i + 1)
                    {
                        int end = i < body.Length && body[i] == '{' ? (close < 0 ? body.Length : close) : i;
                        throw UnicodeError(body, start, end, "malformed \\N character escape");
                    }
                    int cp = UnicodeData.LookupName(body.Substring(i + 1, close - i - 1));
                    if (cp < 0) throw UnicodeError(body, start, close + 1, "unknown Unicode character name");
                    AppendCodePoint(sb, cp);
                    i = close + 1;
                    break;
                }
                default:
                    // Unknown escapes stay as written (CPython warns).
                    sb.Append('\\');
                    i--;
                    break;
            }
        }
        return sb.ToString();
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>CPython decodes str literals by first rewriting each non-ASCII character as
    /// a 10-byte \U escape (and a backslash before one as \u005c), so its error positions
    /// count that way.</summary>
    private PythonSyntaxError UnicodeError(string body, int start, int end, string reason)
    {
        int Pos(int idx)
        {
            int p = 0;
            for (int k = 0; k < idx && k < body.Length; k++)
            {
                char c = body[k];
                if (c >= 0x80)
                {
                    if (char.IsHighSurrogate(c) && k + 1 < body.Length && char.IsLowSurrogate(body[k + 1])) k++;
                    p += 10;
                }
                else if (c == '\\' && k + 1 < body.Length && body[k + 1] >= 0x80) p += 6;
                else p++;
            }
            return p;
        }
        int a = Pos(start), b = Pos(end) - 1;
        string where = b > a ? $"bytes in position {a}-{b}" : $"byte 0x{(int)body[start]:x2} in position {a}";
        return Fatal(ErrorAtFurthest($"(unicode error) 'unicodeescape' codec can't decode {where}: {reason}"));
    }

    private void DecodeBytes(string body, bool raw, List<byte> output)
    {
        if (raw)
        {
            foreach (char c in body) output.Add((byte)c);
            return;
        }
        for (int i = 0; i < body.Length;)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                output.Add((byte)c);
                i++;
                continue;
            }
            int start = i;
            char e = body[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': output.Add((byte)'\\'); break;
                case '\'': output.Add((byte)'\''); break;
                case '"': output.Add((byte)'"'); break;
                case 'a': output.Add(7); break;
                case 'b': output.Add(8); break;
                case 'f': output.Add(12); break;
                case 'n': output.Add(10); break;
                case 'r': output.Add(13); break;
                case 't': output.Add(9); break;
                case 'v': output.Add(11); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < body.Length && body[i] >= '0' && body[i] <= '7'; k++, i++)
                        v = v * 8 + (body[i] - '0');
                    output.Add((byte)v);
                    break;
                }
                case 'x':
                    if (i + 1 < body.Length && char.IsAsciiHexDigit(body[i]) && char.IsAsciiHexDigit(body[i + 1]))
                    {
                        output.Add((byte)(HexValue(body[i]) * 16 + HexValue(body[i + 1])));
                        i += 2;
                        break;
                    }
                    throw Fatal(ErrorAtFurthest($"(value error) invalid \\x escape at position {start}"));
                default:
                    output.Add((byte)'\\');
                    i--;
                    break;
            }
        }
    }
}
