using System.Globalization;
using System.Text;

namespace Pycc.Stdlib.Re;

/// <summary>A pattern error: message and position as CPython's `re.error` reports them.</summary>
internal sealed class PatternError : Exception
{
    public readonly int Position;
    public PatternError(string message, int position) : base(message) { Position = position; }
}

/// <summary>The flags of `re`, with CPython's values.</summary>
[Flags]
internal enum ReFlags
{
    None = 0, Template = 1, IgnoreCase = 2, Locale = 4, Multiline = 8, DotAll = 16, Unicode = 32, Verbose = 64, Debug = 128, Ascii = 256,
}

/// <summary>
/// Translates a Python regular expression into .NET syntax with the same meaning, checking it
/// the way CPython's parser does. Differences handled here: every capturing group becomes an
/// explicitly numbered .NET group (Python numbers named groups in order, .NET after the unnamed
/// ones); `(?P&lt;n&gt;)`/`(?P=n)`; `\Z`; `{,n}`; possessive quantifiers (as atomic groups); verbose
/// mode (stripped here); ASCII-only classes for `re.ASCII` and bytes patterns; `\s` also matching
/// \x1c-\x1f as str.isspace does; `\U` and octal escapes (`\N{...}` is refused); literal `[` and `{`.
/// </summary>
internal sealed class PatternTranslator
{
    private const string AsciiWord = "a-zA-Z0-9_", AsciiNotWord = "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\uffff";
    private const string AsciiSpace = " \\t\\n\\r\\f\\v", AsciiNotSpace = "\\x00-\\x08\\x0e-\\x1f\\x21-\\uffff";
    private const string AsciiDigit = "0-9", AsciiNotDigit = "\\x00-\\x2f\\x3a-\\uffff";

    private readonly string _p;
    private readonly bool _isBytes;
    private int _pos;
    private readonly StringBuilder _out = new();
    public ReFlags Flags;
    public int GroupCount;
    public readonly Dictionary<string, int> GroupNames = new();
    private readonly HashSet<int> _openGroups = new();
    private readonly List<int> _parents = new() { 0 };
    private readonly Stack<int> _enclosing = new();
    /// <summary>For each group number, the capturing group around it (0: none).</summary>
    public int[] Parents => _parents.ToArray();
    private bool _verbose, _ascii;

    private PatternTranslator(string pattern, ReFlags flags, bool isBytes)
    {
        _p = pattern;
        Flags = flags;
        _isBytes = isBytes;
    }

    /// <summary>The .NET pattern; throws <see cref="PatternError"/> for an invalid pattern.</summary>
    public static PatternTranslator Translate(string pattern, ReFlags flags, bool isBytes)
    {
        var t = new PatternTranslator(pattern, flags, isBytes);
        t.ReadGlobalFlags();
        t._verbose = (t.Flags & ReFlags.Verbose) != 0;
        t._ascii = (t.Flags & ReFlags.Ascii) != 0 || isBytes;
        t.Alternation(topLevel: true);
        if (!isBytes && (t.Flags & ReFlags.Ascii) == 0) t.Flags |= ReFlags.Unicode;
        return t;
    }

    public string Result => _out.ToString();

    private bool AtEnd => _pos >= _p.Length;

    /// <summary>Leading `(?aiLmsux)` groups set flags for the whole pattern.</summary>
    private void ReadGlobalFlags()
    {
        while (_p.AsSpan(_pos).StartsWith("(?") && _pos + 2 < _p.Length && "aiLmsux".Contains(_p[_pos + 2]))
        {
            int save = _pos;
            int i = _pos + 2;
            var f = ReFlags.None;
            while (i < _p.Length && "aiLmsux".Contains(_p[i])) f |= FlagOf(_p[i++]);
            if (i >= _p.Length) throw new PatternError("missing -, : or )", i);
            if (_p[i] != ')') { _pos = save; return; }
            CheckFlagsCompatible(f, i);
            Flags |= f;
            _pos = i + 1;
            // Verbose set inline affects how the rest is read, including more leading flags.
            if ((f & ReFlags.Verbose) != 0) { _verbose = true; SkipVerbose(); }
        }
    }

    private void CheckFlagsCompatible(ReFlags f, int pos)
    {
        if ((f & ReFlags.Locale) != 0 && !_isBytes) throw new PatternError("bad inline flag value", pos);
        if ((f & ReFlags.Unicode) != 0 && _isBytes) throw new PatternError("bad inline flag value", pos);
        if ((f & (ReFlags.Ascii | ReFlags.Unicode)) == (ReFlags.Ascii | ReFlags.Unicode)) throw new PatternError("bad inline flag value", pos);
    }

    private static ReFlags FlagOf(char c) => c switch
    {
        'a' => ReFlags.Ascii, 'i' => ReFlags.IgnoreCase, 'L' => ReFlags.Locale, 'm' => ReFlags.Multiline,
        's' => ReFlags.DotAll, 'u' => ReFlags.Unicode, 'x' => ReFlags.Verbose, _ => ReFlags.None,
    };

    private void SkipVerbose()
    {
        if (!_verbose) return;
        while (!AtEnd)
        {
            char c = _p[_pos];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') _pos++;
            else if (c == '#') { while (!AtEnd && _p[_pos] != '\n') _pos++; }
            else break;
        }
    }

    private void Alternation(bool topLevel)
    {
        while (true)
        {
            Sequence();
            if (AtEnd)
            {
                if (!topLevel) return;
                return;
            }
            char c = _p[_pos];
            if (c == '|') { _out.Append('|'); _pos++; continue; }
            if (c == ')')
            {
                if (topLevel) throw new PatternError("unbalanced parenthesis", _pos);
                return;
            }
        }
    }

    /// <summary>Items up to `|`, `)` or the end, with their quantifiers.</summary>
    private void Sequence()
    {
        while (true)
        {
            SkipVerbose();
            if (AtEnd || _p[_pos] == '|' || _p[_pos] == ')') return;
            int atomStart = _out.Length;
            int itemPos = _pos;
            bool repeatable = Atom();
            SkipVerbose();
            if (AtEnd) return;
            if (IsQuantifierStart(out int qEnd))
            {
                if (!repeatable) throw new PatternError("nothing to repeat", _pos);
                Quantifier(atomStart, qEnd);
                SkipVerbose();
                if (!AtEnd && IsQuantifierStart(out _)) throw new PatternError("multiple repeat", _pos);
            }
        }
    }

    /// <summary>True when a quantifier starts at the current position (`{` only when well formed).</summary>
    private bool IsQuantifierStart(out int end)
    {
        end = _pos + 1;
        char c = _p[_pos];
        if (c is '*' or '+' or '?') return true;
        if (c != '{') return false;
        int i = _pos + 1;
        while (i < _p.Length && char.IsAsciiDigit(_p[i])) i++;
        if (i < _p.Length && _p[i] == ',')
        {
            i++;
            while (i < _p.Length && char.IsAsciiDigit(_p[i])) i++;
        }
        if (i < _p.Length && _p[i] == '}' && i > _pos + 1) { end = i + 1; return true; }
        return false;
    }

    private void Quantifier(int atomStart, int qEnd)
    {
        char c = _p[_pos];
        string q;
        if (c == '{')
        {
            var body = _p[(_pos + 1)..(qEnd - 1)];
            int comma = body.IndexOf(',');
            string lo = comma < 0 ? body : body[..comma], hi = comma < 0 ? body : body[(comma + 1)..];
            if (lo.Length > 0 && hi.Length > 0 && BigIntCompare(lo, hi) > 0) throw new PatternError("min repeat greater than max repeat", _pos + 1);
            if (lo.Length > 0 && lo.TrimStart('0').Length > 9 || hi.Length > 0 && hi.TrimStart('0').Length > 9)
                throw new PatternError("the repetition number is too large", _pos + 1);
            q = comma < 0 ? "{" + lo + "}" : "{" + (lo.Length == 0 ? "0" : lo) + "," + hi + "}";
        }
        else q = c.ToString();
        _pos = qEnd;
        if (!AtEnd && _p[_pos] == '?') { q += "?"; _pos++; }
        else if (!AtEnd && _p[_pos] == '+')
        {
            // Possessive: .NET has no X*+, but (?>X*) means the same.
            _pos++;
            _out.Insert(atomStart, "(?>");
            _out.Append(q).Append(')');
            return;
        }
        _out.Append(q);
    }

    private static int BigIntCompare(string a, string b)
    {
        a = a.TrimStart('0'); b = b.TrimStart('0');
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
    }

    /// <summary>One item; returns false for those that cannot take a quantifier (anchors, lookarounds are repeatable in Python).</summary>
    private bool Atom()
    {
        char c = _p[_pos];
        switch (c)
        {
            case '(':
                Group();
                return true;
            case '[':
                CharClass();
                return true;
            case '\\':
                return Escape();
            case '.':
                _out.Append('.');
                _pos++;
                return true;
            case '^':
            case '$':
                _out.Append(c);
                _pos++;
                return false;
            case '*' or '+' or '?':
                throw new PatternError("nothing to repeat", _pos);
            case '{':
                if (IsQuantifierStart(out _)) throw new PatternError("nothing to repeat", _pos);
                _out.Append("\\{");
                _pos++;
                return true;
            default:
                AppendLiteral(ReadCodePoint());
                return true;
        }
    }

    private int ReadCodePoint()
    {
        char c = _p[_pos++];
        if (char.IsHighSurrogate(c) && !AtEnd && char.IsLowSurrogate(_p[_pos])) return char.ConvertToUtf32(c, _p[_pos++]);
        return c;
    }

    private void AppendLiteral(int cp)
    {
        if (cp > 0xFFFF)
        {
            // One Python character, two UTF-16 units: grouped so a quantifier applies to both.
            var s = char.ConvertFromUtf32(cp);
            _out.Append("(?:").Append(s).Append(')');
            return;
        }
        char ch = (char)cp;
        if ("\\*+?|{}()[]^$.#".Contains(ch) || char.IsWhiteSpace(ch)) _out.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
        else _out.Append(ch);
    }

    private void Group()
    {
        int start = _pos;
        _pos++;
        if (AtEnd || _p[_pos] != '?')
        {
            OpenGroup(++GroupCount, start);
            return;
        }
        _pos++;
        if (AtEnd) throw new PatternError("unexpected end of pattern", _pos);
        char c = _p[_pos];
        switch (c)
        {
            case ':':
                _pos++;
                _out.Append("(?:");
                GroupBody(start);
                return;
            case '=':
            case '!':
                _pos++;
                _out.Append("(?").Append(c);
                GroupBody(start);
                return;
            case '>':
                _pos++;
                _out.Append("(?>");
                GroupBody(start);
                return;
            case '#':
            {
                int close = _p.IndexOf(')', _pos);
                if (close < 0) throw new PatternError("missing ), unterminated comment", start);
                _pos = close + 1;
                return;
            }
            case '<':
            {
                _pos++;
                if (AtEnd) throw new PatternError("unexpected end of pattern", _pos);
                char d = _p[_pos];
                if (d is '=' or '!')
                {
                    _pos++;
                    _out.Append("(?<").Append(d);
                    GroupBody(start);
                    return;
                }
                throw new PatternError("unknown extension ?<" + d, start + 1);
            }
            case 'P':
            {
                _pos++;
                if (AtEnd) throw new PatternError("unexpected end of pattern", _pos);
                char d = _p[_pos];
                if (d == '<')
                {
                    _pos++;
                    var name = ReadName('>', "group name");
                    if (GroupNames.TryGetValue(name, out int was))
                        throw new PatternError($"redefinition of group name '{name}' as group {GroupCount + 1}; was group {was}", _pos - name.Length - 1);
                    GroupNames[name] = GroupCount + 1;
                    OpenGroup(++GroupCount, start);
                    return;
                }
                if (d == '=')
                {
                    _pos++;
                    int namePos = _pos;
                    var name = ReadName(')', "group name");
                    if (!GroupNames.TryGetValue(name, out int n)) throw new PatternError($"unknown group name '{name}'", namePos);
                    if (_openGroups.Contains(n)) throw new PatternError("cannot refer to an open group", namePos);
                    _out.Append("\\k<").Append(n).Append('>');
                    return;
                }
                throw new PatternError("unknown extension ?P" + d, start + 1);
            }
            case '(':
            {
                _pos++;
                int condPos = _pos;
                var cond = ReadName(')', "group name", allowNumber: true);
                int n;
                if (cond.All(char.IsAsciiDigit))
                {
                    n = int.Parse(cond, CultureInfo.InvariantCulture);
                    if (n == 0) throw new PatternError("bad group number", condPos);
                }
                else if (!GroupNames.TryGetValue(cond, out n)) throw new PatternError($"unknown group name '{cond}'", condPos);
                _out.Append("(?(").Append(n).Append(')');
                int alternatives = 0;
                while (true)
                {
                    Sequence();
                    if (AtEnd) throw new PatternError("missing ), unterminated subpattern", start);
                    if (_p[_pos] == '|')
                    {
                        if (++alternatives > 1) throw new PatternError("conditional backref with more than two branches", _pos);
                        _out.Append('|');
                        _pos++;
                        continue;
                    }
                    break;
                }
                _out.Append(')');
                _pos++;
                return;
            }
        }
        if ("aiLmsux-".Contains(c))
        {
            ScopedFlags(start);
            return;
        }
        throw new PatternError("unknown extension ?" + c, start + 1);
    }

    private void OpenGroup(int n, int start)
    {
        _parents.Add(_enclosing.Count > 0 ? _enclosing.Peek() : 0);
        _openGroups.Add(n);
        _enclosing.Push(n);
        _out.Append("(?<").Append(n).Append('>');
        GroupBody(start);
        _enclosing.Pop();
        _openGroups.Remove(n);
    }

    /// <summary>`(?i:...)`, `(?-i:...)`, `(?a:...)`; global flags here are an error in 3.11.</summary>
    private void ScopedFlags(int start)
    {
        ReFlags on = ReFlags.None, off = ReFlags.None;
        while (!AtEnd && "aiLmsux".Contains(_p[_pos])) on |= FlagOf(_p[_pos++]);
        if (!AtEnd && _p[_pos] == '-')
        {
            _pos++;
            if (AtEnd) throw new PatternError("missing flag", _pos);
            while (!AtEnd && "imsx".Contains(_p[_pos])) off |= FlagOf(_p[_pos++]);
            if (off == ReFlags.None) throw new PatternError("missing flag", _pos);
        }
        if (AtEnd) throw new PatternError("missing -, : or )", _pos);
        if (_p[_pos] == ')')
        {
            if (off != ReFlags.None) throw new PatternError("missing :", _pos);
            throw new PatternError("global flags not at the start of the expression", start);
        }
        if (_p[_pos] != ':') throw new PatternError(char.IsLetter(_p[_pos]) ? "unknown flag" : "missing -, : or )", _pos);
        CheckFlagsCompatible(on, _pos);
        _pos++;
        var netOn = NetFlags(on);
        var netOff = NetFlags(off);
        _out.Append("(?").Append(netOn).Append(netOff.Length > 0 ? "-" + netOff : "").Append(':');
        bool saveVerbose = _verbose, saveAscii = _ascii;
        if ((on & ReFlags.Verbose) != 0) _verbose = true;
        if ((off & ReFlags.Verbose) != 0) _verbose = false;
        if ((on & ReFlags.Ascii) != 0) _ascii = true;
        if ((on & ReFlags.Unicode) != 0) _ascii = false;
        GroupBody(start);
        _verbose = saveVerbose;
        _ascii = saveAscii;
    }

    private static string NetFlags(ReFlags f) =>
        ((f & ReFlags.IgnoreCase) != 0 ? "i" : "") + ((f & ReFlags.Multiline) != 0 ? "m" : "") + ((f & ReFlags.DotAll) != 0 ? "s" : "");

    private void GroupBody(int start)
    {
        Alternation(topLevel: false);
        if (AtEnd) throw new PatternError("missing ), unterminated subpattern", start);
        _out.Append(')');
        _pos++;
    }

    private string ReadName(char terminator, string what, bool allowNumber = false)
    {
        int begin = _pos;
        int close = _p.IndexOf(terminator, _pos);
        if (close < 0)
        {
            if (_pos >= _p.Length) throw new PatternError($"missing {what}", _pos);
            throw new PatternError($"missing {terminator}, unterminated name", begin);
        }
        var name = _p[begin..close];
        if (name.Length == 0) throw new PatternError($"missing {what}", begin);
        bool ok = allowNumber && name.All(char.IsAsciiDigit) || IsIdentifier(name);
        if (!ok) throw new PatternError($"bad character in {what} '{name}'", begin);
        _pos = close + 1;
        return name;
    }

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_');

    // ------------------------------------------------------------ escapes

    /// <summary>An escape outside a class; returns whether it can be repeated.</summary>
    private bool Escape()
    {
        int start = _pos;
        _pos++;
        if (AtEnd) throw new PatternError("bad escape (end of pattern)", start);
        char c = _p[_pos++];
        switch (c)
        {
            case 'A': _out.Append("\\A"); return false;
            case 'Z': _out.Append("\\z"); return false;
            case 'b': _out.Append(_ascii ? $"(?:(?<=[{AsciiWord}])(?![{AsciiWord}])|(?<![{AsciiWord}])(?=[{AsciiWord}]))" : "\\b"); return false;
            case 'B': _out.Append(_ascii ? $"(?:(?<=[{AsciiWord}])(?=[{AsciiWord}])|(?<![{AsciiWord}])(?![{AsciiWord}]))" : "\\B"); return false;
            case 'd': _out.Append(_ascii ? "[0-9]" : "\\d"); return true;
            case 'D': _out.Append(_ascii ? "[^0-9]" : "\\D"); return true;
            case 'w': _out.Append(_ascii ? $"[{AsciiWord}]" : "\\w"); return true;
            case 'W': _out.Append(_ascii ? $"[^{AsciiWord}]" : "\\W"); return true;
            case 's': _out.Append(_ascii ? $"[{AsciiSpace}]" : "[\\s\\x1c-\\x1f]"); return true;
            case 'S': _out.Append(_ascii ? $"[^{AsciiSpace}]" : "[^\\s\\x1c-\\x1f]"); return true;
        }
        if (c >= '1' && c <= '9')
        {
            // Three octal digits make an octal escape; otherwise one or two digits name a group.
            if (c <= '7' && _pos + 1 < _p.Length && IsOctal(_p[_pos]) && IsOctal(_p[_pos + 1]))
            {
                int v = Convert.ToInt32(_p.Substring(_pos - 1, 3), 8);
                if (v > 255) throw new PatternError($"octal escape value \\{_p.Substring(_pos - 1, 3)} outside of range 0-0o377", start);
                _pos += 2;
                AppendLiteral(v);
                return true;
            }
            int n = c - '0';
            if (!AtEnd && char.IsAsciiDigit(_p[_pos])) n = n * 10 + (_p[_pos++] - '0');
            if (n > GroupCount) throw new PatternError($"invalid group reference {n}", start + 1);
            if (_openGroups.Contains(n)) throw new PatternError("cannot refer to an open group", start);
            _out.Append("\\k<").Append(n).Append('>');
            return true;
        }
        _pos--;
        AppendLiteral(CommonEscape(start));
        return true;
    }

    private static bool IsOctal(char c) => c >= '0' && c <= '7';

    /// <summary>The character of an escape valid both inside and outside classes (\n, \x41, \u00e9, \0, \.);
    /// _pos is on the character after the backslash.</summary>
    private int CommonEscape(int start)
    {
        char c = _p[_pos++];
        switch (c)
        {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'v': return '\v';
            case 'a': return '\a';
            case 'x': return HexEscape(start, 2, "\\x");
            case 'u' when !_isBytes: return HexEscape(start, 4, "\\u");
            case 'U' when !_isBytes:
            {
                int v = HexEscape(start, 8, "\\U");
                if (v > 0x10FFFF) throw new PatternError($"bad escape \\U{_p.Substring(start + 2, 8)}", start);
                return v;
            }
            case 'N' when !_isBytes:
                // The character-name table lives in the compiler, not in the runtime.
                throw new PatternError("\\N{...} escapes in patterns are not supported by pycc", start);
            case '0':
            {
                int v = 0, digits = 0;
                while (digits < 2 && !AtEnd && IsOctal(_p[_pos])) { v = v * 8 + (_p[_pos++] - '0'); digits++; }
                return v;
            }
        }
        if (char.IsAsciiLetterOrDigit(c)) throw new PatternError("bad escape \\" + c, start);
        _pos--;
        return ReadCodePoint();
    }

    private int HexEscape(int start, int digits, string prefix)
    {
        int v = 0;
        for (int i = 0; i < digits; i++)
        {
            if (AtEnd || !char.IsAsciiHexDigit(_p[_pos]))
                throw new PatternError($"incomplete escape {prefix}{_p[(start + 2)..Math.Min(_p.Length, _pos)]}", start);
            v = v * 16 + Convert.ToInt32(_p[_pos++].ToString(), 16);
        }
        return v;
    }

    // ------------------------------------------------------------ character classes

    private void CharClass()
    {
        int start = _pos;
        _pos++;
        var sb = new StringBuilder("[");
        if (!AtEnd && _p[_pos] == '^') { sb.Append('^'); _pos++; }
        bool first = true;
        while (true)
        {
            if (AtEnd) throw new PatternError("unterminated character set", start);
            char c = _p[_pos];
            if (c == ']' && !first) { _pos++; break; }
            first = false;
            int itemPos = _pos;
            var (lo, cls) = ClassItem();
            if (cls != null) { sb.Append(cls); continue; }
            // A range a-b (a '-' before ']' or at the start is literal).
            if (_pos + 1 < _p.Length && _p[_pos] == '-' && _p[_pos + 1] != ']')
            {
                _pos++;
                var (hi, hiCls) = ClassItem();
                if (hiCls != null) throw new PatternError($"bad character range {_p[itemPos.._pos]}", itemPos);
                if (hi < lo) throw new PatternError($"bad character range {_p[itemPos.._pos]}", itemPos);
                AppendClassChar(sb, lo);
                sb.Append('-');
                AppendClassChar(sb, hi);
            }
            else AppendClassChar(sb, lo);
        }
        sb.Append(']');
        _out.Append(sb);
    }

    /// <summary>One member of a class: a character, or (for \d, \w, \s and negations) class text.</summary>
    private (int ch, string? cls) ClassItem()
    {
        if (_p[_pos] != '\\') return (ReadCodePoint(), null);
        int start = _pos;
        _pos++;
        if (AtEnd) throw new PatternError("bad escape (end of pattern)", start);
        char c = _p[_pos];
        string? cls = c switch
        {
            'd' => _ascii ? AsciiDigit : "\\d",
            'D' => _ascii ? AsciiNotDigit : "\\D",
            'w' => _ascii ? AsciiWord : "\\w",
            'W' => _ascii ? AsciiNotWord : "\\W",
            's' => _ascii ? AsciiSpace : "\\s\\x1c-\\x1f",
            'S' => _ascii ? AsciiNotSpace : "\\S",
            _ => null,
        };
        if (cls != null) { _pos++; return (0, cls); }
        if (c == 'b') { _pos++; return ('\b', null); }
        if (c >= '1' && c <= '7' && _pos + 2 < _p.Length && IsOctal(_p[_pos + 1]) && IsOctal(_p[_pos + 2]))
        {
            int v = Convert.ToInt32(_p.Substring(_pos, 3), 8);
            _pos += 3;
            return (v, null);
        }
        if (c >= '1' && c <= '9') throw new PatternError("bad escape \\" + c, start);
        return (CommonEscape(start), null);
    }

    private static void AppendClassChar(StringBuilder sb, int cp)
    {
        if (cp > 0xFFFF) { sb.Append(char.ConvertFromUtf32(cp)); return; }
        char ch = (char)cp;
        if (ch is '\\' or ']' or '[' or '^' or '-' || char.IsWhiteSpace(ch) || char.IsControl(ch))
            sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
        else sb.Append(ch);
    }
}
