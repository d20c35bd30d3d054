using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pycc.Runtime;

/// <summary>A parsed format specification: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.</summary>
public sealed class FormatSpec
{
    public char Fill = ' ';
    public char Align;          // '\0' for the type's default
    public char Sign = '-';
    public bool NegativeZero;   // 'z'
    public bool Alternate;      // '#'
    public bool ZeroPad;
    public int? Width;
    public char Grouping;       // ',' or '_' or '\0'
    public int? Precision;
    public char Type;           // '\0' when absent

    public static FormatSpec Parse(string s)
    {
        var spec = new FormatSpec();
        int i = 0;
        if (s.Length >= 2 && "<>=^".IndexOf(s[1]) >= 0)
        {
            spec.Fill = s[0];
            spec.Align = s[1];
            i = 2;
        }
        else if (s.Length >= 1 && "<>=^".IndexOf(s[0]) >= 0)
        {
            spec.Align = s[0];
            i = 1;
        }
        if (i < s.Length && "+- ".IndexOf(s[i]) >= 0) spec.Sign = s[i++];
        if (i < s.Length && s[i] == 'z') { spec.NegativeZero = true; i++; }
        if (i < s.Length && s[i] == '#') { spec.Alternate = true; i++; }
        if (i < s.Length && s[i] == '0')
        {
            spec.ZeroPad = true;
            if (spec.Align == '\0') { spec.Fill = '0'; spec.Align = '='; }
            i++;
        }
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > start) spec.Width = ParseInt(s[start..i]);
        if (i < s.Length && (s[i] == ',' || s[i] == '_')) spec.Grouping = s[i++];
        if (i < s.Length && (s[i] == ',' || s[i] == '_')) throw PyErr.ValueError("Cannot specify both ',' and '_'.");
        if (i < s.Length && s[i] == '.')
        {
            i++;
            start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) throw PyErr.ValueError("Format specifier missing precision");
            spec.Precision = ParseInt(s[start..i]);
        }
        if (i < s.Length) spec.Type = s[i++];
        if (i < s.Length) throw PyErr.ValueError("Invalid format specifier");
        return spec;
    }

    private static int ParseInt(string digits)
    {
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            throw PyErr.ValueError("Too many decimal digits in format string");
        return v;
    }
}

/// <summary>The format mini-language for numbers and strings (format(), f-strings, str.format, %).</summary>
public static class NumberFormat
{
    public static string FormatStr(string s, FormatSpec spec)
    {
        if (spec.Type != '\0' && spec.Type != 's')
            throw PyErr.ValueError($"Unknown format code '{spec.Type}' for object of type 'str'");
        if (spec.Sign != '-') throw PyErr.ValueError("Sign not allowed in string format specifier");
        if (spec.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed in string format specifier");
        if (spec.Align == '=') throw PyErr.ValueError("'=' alignment not allowed in string format specifier");
        if (spec.Grouping != '\0') throw PyErr.ValueError($"Cannot specify '{spec.Grouping}' with 's'.");
        if (spec.Precision is int p)
        {
            var ps = new PyStr(s);
            if (p < ps.Length) s = ps.Substring(0, p);
        }
        return Pad(s, spec, '<');
    }

    /// <summary>Pads to the width; '=' puts the fill after the sign/prefix (given as the text's sign part).</summary>
    public static string Pad(string body, FormatSpec spec, char defaultAlign, int signLength = 0)
    {
        int width = spec.Width ?? 0;
        int len = new PyStr(body).Length;
        if (len >= width) return body;
        int pad = width - len;
        string fill = Unicode.ToText(spec.Fill);
        char align = spec.Align == '\0' ? defaultAlign : spec.Align;
        string Rep(int n) => n <= 0 ? "" : string.Concat(Enumerable.Repeat(fill, n));
        return align switch
        {
            '<' => body + Rep(pad),
            '>' => Rep(pad) + body,
            '^' => Rep(pad / 2) + body + Rep(pad - pad / 2),
            _ => body[..signLength] + Rep(pad) + body[signLength..],
        };
    }

    public static string FormatInt(BigInteger v, FormatSpec spec)
    {
        char type = spec.Type == '\0' ? 'd' : spec.Type;
        if (type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
            return FormatFloat((double)v, spec);
        if (spec.Precision != null) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        bool neg = v.Sign < 0;
        var mag = BigInteger.Abs(v);
        string digits, prefix = "";
        switch (type)
        {
            case 'd' or 'n': digits = mag.ToString(CultureInfo.InvariantCulture); break;
            case 'x': digits = ToBase(mag, 16, false); prefix = spec.Alternate ? "0x" : ""; break;
            case 'X': digits = ToBase(mag, 16, true); prefix = spec.Alternate ? "0X" : ""; break;
            case 'o': digits = ToBase(mag, 8, false); prefix = spec.Alternate ? "0o" : ""; break;
            case 'b': digits = ToBase(mag, 2, false); prefix = spec.Alternate ? "0b" : ""; break;
            case 'c':
                if (spec.Sign != '-') throw PyErr.ValueError("Sign not allowed with integer format specifier 'c'");
                if (v < 0 || v > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
                return Pad(Unicode.ToText((int)v), spec, '<');
            default:
                throw PyErr.ValueError($"Unknown format code '{type}' for object of type 'int'");
        }
        if (spec.Grouping != '\0')
        {
            if (type == 'n') throw PyErr.ValueError($"Cannot specify '{spec.Grouping}' with 'n'.");
            if (spec.Grouping == ',' && type != 'd') throw PyErr.ValueError($"Cannot specify ',' with '{type}'.");
            digits = Group(digits, spec.Grouping, type == 'd' ? 3 : 4);
        }
        string sign = neg ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
        return PadNumber(sign + prefix, digits, spec);
    }

    /// <summary>Pads a number; with '0' padding the zeros go between sign and digits (and are grouped).</summary>
    private static string PadNumber(string signAndPrefix, string digits, FormatSpec spec)
    {
        if (spec.Align == '=' && spec.Fill == '0' && spec.ZeroPad && spec.Grouping != '\0' && spec.Width is int w)
        {
            int groupSize = digits.Contains('.') || spec.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3;
            groupSize = spec.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3;
            int dot = digits.IndexOfAny(new[] { '.', 'e', 'E', '%' });
            string intPart = dot >= 0 ? digits[..dot] : digits, rest = dot >= 0 ? digits[dot..] : "";
            string raw = intPart.Replace(spec.Grouping.ToString(), "");
            while (signAndPrefix.Length + Group(raw, spec.Grouping, groupSize).Length + rest.Length < w) raw = "0" + raw;
            return signAndPrefix + Group(raw, spec.Grouping, groupSize) + rest;
        }
        return Pad(signAndPrefix + digits, spec, '>', signAndPrefix.Length);
    }

    private static string ToBase(BigInteger v, int b, bool upper)
    {
        if (v.IsZero) return "0";
        if (v <= ulong.MaxValue)
        {
            ulong u = (ulong)v;
            var s = b == 16 ? u.ToString(upper ? "X" : "x") : Convert.ToString((long)u, b);
            if (b != 16 && u > long.MaxValue) s = ToBaseSlow(v, b, upper);
            return s;
        }
        return ToBaseSlow(v, b, upper);
    }

    private static string ToBaseSlow(BigInteger v, int b, bool upper)
    {
        const string lower = "0123456789abcdef", upperDigits = "0123456789ABCDEF";
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            v = BigInteger.DivRem(v, b, out var r);
            sb.Insert(0, (upper ? upperDigits : lower)[(int)r]);
        }
        return sb.ToString();
    }

    public static string Group(string digits, char sep, int size)
    {
        if (digits.Length <= size) return digits;
        var sb = new StringBuilder();
        int first = digits.Length % size;
        if (first > 0) sb.Append(digits, 0, first);
        for (int i = first; i < digits.Length; i += size)
        {
            if (sb.Length > 0) sb.Append(sep);
            sb.Append(digits, i, size);
        }
        return sb.ToString();
    }

    public static string FormatFloat(double v, FormatSpec spec)
    {
        char type = spec.Type;
        if (type is 'd' or 'x' or 'X' or 'o' or 'b' or 'c' or 's')
            throw PyErr.ValueError($"Unknown format code '{type}' for object of type 'float'");
        bool neg = double.IsNegative(v) && !double.IsNaN(v);
        double a = Math.Abs(v);
        string body;
        if (double.IsInfinity(a) || double.IsNaN(a))
        {
            body = double.IsNaN(a) ? "nan" : "inf";
            if (type is 'E' or 'F' or 'G') body = body.ToUpperInvariant();
            if (type == '%') body += "%";
        }
        else
        {
            switch (type)
            {
                case 'f' or 'F':
                    body = Fixed(a, spec.Precision ?? 6, spec.Alternate);
                    break;
                case 'e' or 'E':
                    body = Exponent(a, spec.Precision ?? 6, type, spec.Alternate);
                    break;
                case 'g' or 'G' or 'n':
                    body = General(a, spec.Precision ?? 6, type == 'G' ? 'E' : 'e', spec.Alternate, false);
                    break;
                case '%':
                    body = Fixed(a * 100, spec.Precision ?? 6, spec.Alternate) + "%";
                    break;
                case '\0':
                    body = spec.Precision is int p
                        ? General(a, p, 'e', spec.Alternate, true)
                        : FloatFormat.Repr(a);
                    break;
                default:
                    throw PyErr.ValueError($"Unknown format code '{type}' for object of type 'float'");
            }
            if (spec.NegativeZero && neg && IsZeroText(body)) neg = false;
        }
        if (spec.Grouping != '\0')
        {
            int end = 0;
            while (end < body.Length && char.IsAsciiDigit(body[end])) end++;
            body = Group(body[..end], spec.Grouping, 3) + body[end..];
        }
        string sign = neg ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
        return PadNumber(sign, body, spec);
    }

    private static bool IsZeroText(string s) => s.All(c => c is '0' or '.' or 'e' or 'E' or '+' or '-' or '%');

    public static string Fixed(double a, int precision, bool alternate)
    {
        string s = a.ToString("F" + precision, CultureInfo.InvariantCulture);
        if (precision == 0 && alternate) s += ".";
        return s;
    }

    public static string Exponent(double a, int precision, char e, bool alternate)
    {
        string s = a.ToString((e == 'E' ? "E" : "e") + precision, CultureInfo.InvariantCulture);
        // .NET writes e+006; Python writes e+06.
        int idx = s.IndexOf(e);
        string mant = s[..idx];
        string exp = s[(idx + 1)..];
        char sign = exp[0];
        string digits = exp[1..].TrimStart('0');
        if (digits.Length < 2) digits = digits.PadLeft(2, '0');
        if (precision == 0 && alternate) mant += ".";
        return mant + e + sign + digits;
    }

    /// <summary>The 'g' presentation (and the no-type presentation with a precision when <paramref name="noType"/>).</summary>
    public static string General(double a, int precision, char e, bool alternate, bool noType)
    {
        if (precision == 0) precision = 1;
        if (a == 0)
        {
            int exp0 = 0;
            return FixedForG(a, precision - 1 - exp0, alternate, noType);
        }
        // Round to `precision` significant digits first, then decide the notation from its exponent.
        string sci = a.ToString("e" + (precision - 1), CultureInfo.InvariantCulture);
        int exp = int.Parse(sci[(sci.IndexOf('e') + 1)..], CultureInfo.InvariantCulture);
        if (exp >= -4 && exp < precision)
            return FixedForG(a, precision - 1 - exp, alternate, noType);
        string m = Exponent(a, precision - 1, e, alternate);
        if (!alternate)
        {
            int idx = m.IndexOf(e);
            string mant = m[..idx];
            if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            if (noType && !mant.Contains('.')) { }
            m = mant + m[idx..];
        }
        return m;
    }

    private static string FixedForG(double a, int decimals, bool alternate, bool noType)
    {
        string s = a.ToString("F" + Math.Max(decimals, 0), CultureInfo.InvariantCulture);
        if (!alternate && s.Contains('.')) s = s.TrimEnd('0').TrimEnd('.');
        if (noType && !s.Contains('.')) s += ".0";
        if (alternate && !s.Contains('.')) s += ".";
        return s;
    }
}
