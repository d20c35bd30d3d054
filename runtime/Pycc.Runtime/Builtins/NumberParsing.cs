using System.Globalization;
using System.Text;

namespace Pycc.Runtime;

/// <summary>float(x): numbers, objects with __float__/__index__, and strings in CPython's syntax.</summary>
public static class FloatParsing
{
    public static PyFloat Construct(PyContext ctx, PyObject x)
    {
        switch (x)
        {
            case PyFloat f: return f;
            case PyIntegral i: return new PyFloat(BuiltinOperators.ToDouble(i));
            case PyStr s: return new PyFloat(Parse(s.Value));
            case PyBytes or PyByteArray or PyMemoryView: return new PyFloat(Parse(Encoding.Latin1.GetString(BytesMethods.BufferBytes(x)!)));
        }
        var slot = x.Type.Lookup("__float__");
        if (slot != null)
        {
            var r = Calls.CallDescriptor(ctx, slot, x);
            if (r is PyFloat rf) return rf;
            if (r is PyInstance { Native: PyFloat rnf }) return rnf;
            throw PyErr.TypeError($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (x.Type.Lookup("__index__") != null) return new PyFloat(BuiltinOperators.BigToDouble(Conversions.Index(ctx, x)));
        if (x is PyInstance { Native: { } native }) return Construct(ctx, native);
        throw PyErr.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }

    public static double Parse(string text)
    {
        var s = NumberText.Normalize(text, "float").Trim(' ');
        int end = NumberText.ScanFloat(s, 0);
        if (end == 0 || end != s.Length) throw PyErr.ValueError($"could not convert string to float: {StrRepr.Quote(text)}");
        return NumberText.FloatValue(s, 0, end);
    }
}

/// <summary>complex(real, imag) and complex(string).</summary>
public static class ComplexParsing
{
    public static PyComplex Construct(PyContext ctx, PyObject? real, PyObject? imag)
    {
        if (real is PyStr s)
        {
            if (imag != null) throw PyErr.TypeError("complex() can't take second arg if first is a string");
            return Parse(s.Value);
        }
        if (imag is PyStr) throw PyErr.TypeError("complex() second arg can't be a string");
        double re = 0, im = 0;
        bool realIsComplex = false;
        if (real != null)
        {
            if (real is PyComplex c) { re = c.Real; im = c.Imag; realIsComplex = true; }
            else if (real.Type.Lookup("__complex__") is { } cslot)
            {
                var cc = Calls.CallDescriptor(ctx, cslot, real) as PyComplex
                    ?? throw PyErr.TypeError($"__complex__ returned non-complex (type {real.Type.Name})");
                re = cc.Real;
                im = cc.Imag;
                realIsComplex = true;
            }
            else
            {
                if (!IsNumber(real)) throw PyErr.TypeError($"complex() first argument must be a string or a number, not '{real.Type.Name}'");
                re = Conversions.ToDouble(ctx, real);
            }
        }
        if (imag != null)
        {
            if (!IsNumber(imag) && imag is not PyComplex) throw PyErr.TypeError($"complex() second argument must be a number, not '{imag.Type.Name}'");
            // The imaginary part is taken as is (keeping -0.0) unless the real argument was complex too.
            double add;
            if (imag is PyComplex ic) { re -= ic.Imag; add = ic.Real; }
            else add = Conversions.ToDouble(ctx, imag);
            im = realIsComplex ? im + add : add;
        }
        return new PyComplex(re, im);
    }

    private static bool IsNumber(PyObject o) =>
        o is PyIntegral or PyFloat || o.Type.Lookup("__float__") != null || o.Type.Lookup("__index__") != null;

    /// <summary>CPython's forms: real, imag`j`, real±imag`j`, and the legacy `j`, `±j`, real±`j`, optionally in parentheses.</summary>
    public static PyComplex Parse(string text)
    {
        var s = NumberText.Normalize(text, "complex");
        PyException Bad() => PyErr.ValueError("complex() arg is a malformed string");
        int i = 0, n = s.Length;
        while (i < n && s[i] == ' ') i++;
        bool bracket = false;
        if (i < n && s[i] == '(')
        {
            bracket = true;
            i++;
            while (i < n && s[i] == ' ') i++;
        }
        double x = 0, y = 0;
        int end = NumberText.ScanFloat(s, i);
        if (end != i)
        {
            double z = NumberText.FloatValue(s, i, end);
            i = end;
            if (i < n && (s[i] == '+' || s[i] == '-'))
            {
                x = z;
                int e2 = NumberText.ScanFloat(s, i);
                if (e2 != i)
                {
                    y = NumberText.FloatValue(s, i, e2);
                    i = e2;
                }
                else y = s[i++] == '+' ? 1.0 : -1.0;
                if (i >= n || (s[i] != 'j' && s[i] != 'J')) throw Bad();
                i++;
            }
            else if (i < n && (s[i] == 'j' || s[i] == 'J'))
            {
                i++;
                y = z;
            }
            else x = z;
        }
        else
        {
            if (i < n && (s[i] == '+' || s[i] == '-')) y = s[i++] == '+' ? 1.0 : -1.0;
            else y = 1.0;
            if (i >= n || (s[i] != 'j' && s[i] != 'J')) throw Bad();
            i++;
        }
        while (i < n && s[i] == ' ') i++;
        if (bracket)
        {
            if (i >= n || s[i] != ')') throw Bad();
            i++;
            while (i < n && s[i] == ' ') i++;
        }
        if (i != n) throw Bad();
        return new PyComplex(x, y);
    }
}

/// <summary>The text layer shared by float() and complex(): Unicode digits and spaces, underscores, the float grammar.</summary>
public static class NumberText
{
    /// <summary>
    /// Unicode spaces become ' ' and decimal digits their ASCII digit; underscores must sit
    /// between digits and are dropped ("could not convert string to {what}" otherwise).
    /// </summary>
    public static string Normalize(string text, string what)
    {
        var s = TransformUnicode(text);
        if (s.IndexOf('_') < 0) return s;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '_') continue;
            if (i == 0 || i == s.Length - 1 || !char.IsAsciiDigit(s[i - 1]) || !char.IsAsciiDigit(s[i + 1]))
                throw PyErr.ValueError($"could not convert string to {what}: {StrRepr.Quote(text)}");
        }
        return s.Replace("_", "");
    }

    /// <summary>Unicode spaces become ' ', Unicode decimal digits their ASCII digit, other non-ASCII '?'.</summary>
    public static string TransformUnicode(string text)
    {
        if (Ascii.IsValid(text) && text.AsSpan().IndexOfAny("\t\n\v\f\r\x1c\x1d\x1e\x1f") < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 128) { sb.Append(c is (>= '\t' and <= '\r') or (>= '\x1c' and <= '\x1f') ? ' ' : c); continue; }
            if (UnicodeDb.IsSpace(c)) sb.Append(' ');
            else if (UnicodeDb.Has(c, UnicodeDb.Decimal) && CharUnicodeInfo.GetDecimalDigitValue(c) is int d and >= 0) sb.Append((char)('0' + d));
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, text[++i]);
                sb.Append(UnicodeDb.Has(cp, UnicodeDb.Decimal) ? (char)('0' + (int)CharUnicodeInfo.GetDecimalDigitValue(text, i - 1)) : '?');
            }
            else sb.Append('?');
        }
        return sb.ToString();
    }

    /// <summary>The end of the longest float literal starting at <paramref name="pos"/> (pos itself when there is none).</summary>
    public static int ScanFloat(string s, int pos)
    {
        int i = pos, n = s.Length;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        if (MatchWord(s, i, "infinity")) return i + 8;
        if (MatchWord(s, i, "inf") || MatchWord(s, i, "nan")) return i + 3;
        int start = i;
        bool digits = false;
        while (i < n && char.IsAsciiDigit(s[i])) { i++; digits = true; }
        if (i < n && s[i] == '.')
        {
            i++;
            while (i < n && char.IsAsciiDigit(s[i])) { i++; digits = true; }
        }
        if (!digits) return pos;
        if (i < n && (s[i] == 'e' || s[i] == 'E'))
        {
            int j = i + 1;
            if (j < n && (s[j] == '+' || s[j] == '-')) j++;
            if (j < n && char.IsAsciiDigit(s[j]))
            {
                while (j < n && char.IsAsciiDigit(s[j])) j++;
                i = j;
            }
        }
        return i > start ? i : pos;
    }

    private static bool MatchWord(string s, int i, string word) =>
        i + word.Length <= s.Length && string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>The value of a literal found by <see cref="ScanFloat"/>, correctly rounded.</summary>
    public static double FloatValue(string s, int start, int end)
    {
        var t = s.AsSpan(start, end - start);
        bool neg = t.Length > 0 && t[0] == '-';
        var body = t.Length > 0 && (t[0] == '-' || t[0] == '+') ? t[1..] : t;
        if (body.Length >= 3 && char.ToLowerInvariant(body[0]) is 'i' or 'n')
        {
            double special = char.ToLowerInvariant(body[0]) == 'i' ? double.PositiveInfinity : PyFloat.QuietNaN;
            return neg ? -special : special;
        }
        return double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
