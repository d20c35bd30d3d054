using System.Text;
using System.Text.RegularExpressions;
using Pycc.Runtime;

namespace Pycc.Stdlib.Re;

/// <summary>
/// A replacement string of sub()/expand() parsed once: literal pieces and group references
/// (`\1`, `\g&lt;2&gt;`, `\g&lt;name&gt;`), with CPython's escapes and errors.
/// </summary>
internal sealed class ReplacementTemplate
{
    /// <summary>Literal text (Group &lt; 0) or a group reference.</summary>
    private readonly List<(string Literal, int Group)> _parts = new();

    public static ReplacementTemplate Parse(string t, PyPattern pattern)
    {
        var result = new ReplacementTemplate();
        var lit = new StringBuilder();
        var program = pattern.Program;
        void Flush()
        {
            if (lit.Length > 0) { result._parts.Add((lit.ToString(), -1)); lit.Clear(); }
        }
        void AddGroup(int n, int pos)
        {
            if (n > program.GroupCount) throw new PatternError($"invalid group reference {n}", pos);
            Flush();
            result._parts.Add(("", n));
        }
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i];
            if (c != '\\') { lit.Append(c); continue; }
            int start = i;
            if (i + 1 >= t.Length) throw new PatternError("bad escape (end of pattern)", start);
            char d = t[++i];
            if (d == 'g')
            {
                if (i + 1 >= t.Length || t[i + 1] != '<') throw new PatternError("missing <", i + 1);
                int close = t.IndexOf('>', i + 2);
                if (close < 0)
                {
                    if (i + 2 >= t.Length) throw new PatternError("missing group name", i + 2);
                    throw new PatternError("missing >, unterminated name", i + 2);
                }
                var name = t[(i + 2)..close];
                if (name.Length == 0) throw new PatternError("missing group name", i + 2);
                int n;
                if (name.All(char.IsAsciiDigit))
                {
                    n = name.Length > 9 ? int.MaxValue : int.Parse(name, System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    if (!(char.IsLetter(name[0]) || name[0] == '_') || !name.All(ch => char.IsLetterOrDigit(ch) || ch == '_'))
                        throw new PatternError($"bad character in group name '{name}'", i + 2);
                    if (!program.GroupNames.TryGetValue(name, out n)) throw PyErr.IndexError($"unknown group name '{name}'");
                }
                AddGroup(n, i + 2);
                i = close;
                continue;
            }
            if (d == '0')
            {
                int v = 0, digits = 0;
                while (digits < 2 && i + 1 < t.Length && t[i + 1] is >= '0' and <= '7') { v = v * 8 + (t[++i] - '0'); digits++; }
                lit.Append((char)v);
                continue;
            }
            if (char.IsAsciiDigit(d))
            {
                if (i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]))
                {
                    char e = t[i + 1];
                    if (d <= '7' && e <= '7' && i + 2 < t.Length && t[i + 2] is >= '0' and <= '7')
                    {
                        int v = Convert.ToInt32(t.Substring(i, 3), 8);
                        if (v > 255) throw new PatternError($"octal escape value \\{t.Substring(i, 3)} outside of range 0-0o377", start);
                        lit.Append((char)v);
                        i += 2;
                        continue;
                    }
                    AddGroup((d - '0') * 10 + (e - '0'), start + 1);
                    i++;
                    continue;
                }
                AddGroup(d - '0', start + 1);
                continue;
            }
            string? esc = d switch
            {
                'a' => "\a", 'b' => "\b", 'f' => "\f", 'n' => "\n", 'r' => "\r", 't' => "\t", 'v' => "\v", '\\' => "\\",
                _ => null,
            };
            if (esc != null) lit.Append(esc);
            else if (char.IsAsciiLetter(d)) throw new PatternError("bad escape \\" + d, start);
            else lit.Append('\\').Append(d);
        }
        Flush();
        return result;
    }

    public void Expand(StringBuilder sb, Match m, Subject subject)
    {
        foreach (var (literal, group) in _parts)
        {
            if (group < 0) sb.Append(literal);
            else
            {
                var g = m.Groups[group];
                if (g.Success) sb.Append(subject.Text, g.Index, g.Length);
            }
        }
    }
}
