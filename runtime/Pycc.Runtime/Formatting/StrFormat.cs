using System.Numerics;
using System.Text;

namespace Pycc.Runtime;

/// <summary>
/// str.format and str.format_map: literal text with `{{`/`}}`, replacement fields
/// `{name.attr[key]!conv:spec}` with automatic or manual numbering, and nested fields
/// inside the spec (two levels, as CPython allows), each value rendered by format().
/// </summary>
public static class StrFormat
{
    private enum Numbering { None, Auto, Manual }

    private sealed class State
    {
        public required PyObject[] Args;
        public int NArgs;
        public PyObject[]? KwValues;
        public string[]? KwNames;
        public PyObject? Mapping;
        public Numbering Mode;
        public int NextAuto;
    }

    /// <summary>
    /// Formats <paramref name="fmt"/> with positional and keyword arguments (`kwnames` name
    /// the trailing values of `args`), or with a mapping for format_map.
    /// </summary>
    public static string Format(PyContext ctx, string fmt, PyObject[] args, string[]? kwnames, PyObject? mapping)
    {
        int nkw = kwnames?.Length ?? 0;
        var st = new State { Args = args, NArgs = args.Length - nkw, KwNames = kwnames, Mapping = mapping };
        if (nkw > 0) st.KwValues = args[(args.Length - nkw)..];
        var sb = new StringBuilder(fmt.Length + 16);
        Render(ctx, fmt, st, 2, sb);
        return sb.ToString();
    }

    private static void Render(PyContext ctx, string s, State st, int depth, StringBuilder sb)
    {
        if (depth <= 0) throw PyErr.ValueError("Max string recursion exceeded");
        int i = 0, n = s.Length;
        while (i < n)
        {
            // Literal text up to the next brace.
            int start = i;
            while (i < n && s[i] != '{' && s[i] != '}') i++;
            sb.Append(s, start, i - start);
            if (i >= n) break;
            char c = s[i++];
            if (c == '}')
            {
                if (i < n && s[i] == '}') { sb.Append('}'); i++; continue; }
                throw PyErr.ValueError("Single '}' encountered in format string");
            }
            if (i >= n) throw PyErr.ValueError("Single '{' encountered in format string");
            if (s[i] == '{') { sb.Append('{'); i++; continue; }
            i = ParseField(s, i, out var fieldName, out char conversion, out var spec, out bool specNested);
            var obj = GetField(ctx, fieldName, st);
            obj = conversion switch
            {
                '\0' => obj,
                'r' => Ops.Repr(ctx, obj),
                's' => Ops.Str(ctx, obj),
                'a' => new PyStr(StrRepr.Ascii(Ops.ReprString(ctx, obj))),
                _ => throw PyErr.ValueError($"Unknown conversion specifier {Unicode.ToText(conversion)}"),
            };
            if (specNested)
            {
                var inner = new StringBuilder();
                Render(ctx, spec, st, depth - 1, inner);
                spec = inner.ToString();
            }
            if (spec.Length == 0 && obj is PyStr ps) sb.Append(ps.Value);
            else sb.Append(Ops.Format(ctx, obj, new PyStr(spec)).Value);
        }
    }

    /// <summary>Parses a field after its `{`; returns the position after its closing `}`.</summary>
    private static int ParseField(string s, int i, out string fieldName, out char conversion, out string spec, out bool specNested)
    {
        int n = s.Length;
        int start = i;
        char c = '\0';
        bool terminated = false;
        conversion = '\0';
        spec = "";
        specNested = false;
        while (i < n)
        {
            c = s[i++];
            if (c == '{') throw PyErr.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (i < n && s[i] != ']') i++;
                continue;
            }
            if (c is '}' or ':' or '!') { terminated = true; break; }
        }
        if (!terminated) throw PyErr.ValueError("expected '}' before end of string");
        fieldName = s[start..(i - 1)];
        if (c == '}') return i;
        if (c == '!')
        {
            if (i >= n) throw PyErr.ValueError("end of string while looking for conversion specifier");
            conversion = s[i++];
            if (i < n)
            {
                c = s[i++];
                if (c == '}') return i;
                if (c != ':') throw PyErr.ValueError("expected ':' after conversion specifier");
            }
        }
        int specStart = i, count = 1;
        while (i < n)
        {
            c = s[i++];
            if (c == '{') { specNested = true; count++; }
            else if (c == '}' && --count == 0)
            {
                spec = s[specStart..(i - 1)];
                return i;
            }
        }
        throw PyErr.ValueError("unmatched '{' in format spec");
    }

    /// <summary>Resolves `first(.attr|[key])*` against the arguments.</summary>
    private static PyObject GetField(PyContext ctx, string name, State st)
    {
        int i = 0, n = name.Length;
        while (i < n && name[i] != '.' && name[i] != '[') i++;
        var first = name[..i];
        PyObject obj;
        long index = ParseIndex(first);
        if (first.Length == 0)
        {
            if (st.Mode == Numbering.Manual)
                throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
            st.Mode = Numbering.Auto;
            obj = Positional(st, st.NextAuto++);
        }
        else if (index >= 0)
        {
            if (st.Mode == Numbering.Auto)
                throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
            st.Mode = Numbering.Manual;
            obj = Positional(st, index);
        }
        else obj = Keyword(ctx, st, first);

        while (i < n)
        {
            char c = name[i++];
            int start = i;
            if (c == '.')
            {
                while (i < n && name[i] != '.' && name[i] != '[') i++;
                var attr = name[start..i];
                if (attr.Length == 0) throw PyErr.ValueError("Empty attribute in format string");
                obj = Ops.GetAttr(ctx, obj, attr);
            }
            else if (c == '[')
            {
                while (i < n && name[i] != ']') i++;
                if (i >= n) throw PyErr.ValueError("Missing ']' in format string");
                var key = name[start..i];
                i++;
                if (key.Length == 0) throw PyErr.ValueError("Empty attribute in format string");
                long k = ParseIndex(key);
                obj = Ops.GetItem(ctx, obj, k >= 0 ? PyInt.Get(k) : new PyStr(key));
                if (i < n && name[i] != '.' && name[i] != '[')
                    throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            else throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return obj;
    }

    /// <summary>A field name made only of decimal digits is an index; -1 otherwise.</summary>
    private static long ParseIndex(string s)
    {
        if (s.Length == 0) return -1;
        BigInteger v = 0;
        foreach (char c in s)
        {
            int d = System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(c);
            if (d < 0 || !UnicodeDb.Has(c, UnicodeDb.Decimal)) return -1;
            v = v * 10 + d;
        }
        if (v > long.MaxValue) throw PyErr.ValueError("Too many decimal digits in format string");
        return (long)v;
    }

    private static PyObject Positional(State st, long index)
    {
        if (st.Mapping != null) throw PyErr.ValueError("Format string contains positional fields");
        if (index >= st.NArgs)
            throw PyErr.New(TypeObjects.IndexError, $"Replacement index {index} out of range for positional args tuple");
        return st.Args[index];
    }

    private static PyObject Keyword(PyContext ctx, State st, string name)
    {
        var key = new PyStr(name);
        if (st.Mapping != null) return Ops.GetItem(ctx, st.Mapping, key);
        if (st.KwNames != null)
            for (int k = 0; k < st.KwNames.Length; k++)
                if (st.KwNames[k] == name) return st.KwValues![k];
        throw PyErr.KeyError(key);
    }
}
