using System.Text;

namespace Pycc.Runtime;

/// <summary>repr() of str: CPython's quoting and escaping rules.</summary>
public static class StrRepr
{
    public static string Quote(string s)
    {
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == q || c == '\\') { sb.Append('\\').Append(c); continue; }
            switch (c)
            {
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsPrintable(cp)) sb.Append(c).Append(s[i + 1]);
                else sb.Append("\\U").Append(cp.ToString("x8"));
                i++;
                continue;
            }
            if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else if (c < 0x7f) sb.Append(c);
            else if (char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("x4"));
            else if (IsPrintable(c)) sb.Append(c);
            else if (c <= 0xff) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.Append(q).ToString();
    }

    /// <summary>str.isprintable for one code point, from CPython's own Unicode database (see UnicodeDb).</summary>
    public static bool IsPrintable(int cp) => UnicodeDb.Has(cp, UnicodeDb.Printable);

    /// <summary>ascii(): repr with every non-ASCII character escaped.</summary>
    public static string Ascii(string repr)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 0x80) { sb.Append(c); continue; }
            if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, repr[i + 1]).ToString("x8"));
                i++;
            }
            else if (c <= 0xff) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.ToString();
    }
}
