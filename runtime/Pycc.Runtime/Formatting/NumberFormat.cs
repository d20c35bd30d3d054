using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pycc.Runtime;

/// <summary>A parsed format specification: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.</summary>
public sealed class FormatSpec
{
    public string Fill = " ";
    public char Align;
    /// <summary>'+', '-', ' ', or '\0' when not given.</summary>
    public char Sign;
    public bool NoNegativeZero;
    public bool Alternate;
    public long Width = -1;
    /// <summary>',' or '_' (every three digits), '4' for '_' every four digits, or '\0'.</summary>
    public char Grouping;
    public long Precision = -1;
    public char Type;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, char, char), FormatSpec> s_cache = new();

    /// <summary>Parse, remembering the specs a program uses (they are few, and f-strings format in loops).</summary>
    public static FormatSpec ParseCached(string s, string typeName, char defaultType, char defaultAlign)
    {
        if (s_cache.TryGetValue((s, defaultType, defaultAlign), out var spec)) return spec;
        spec = Parse(s, typeName, defaultType, defaultAlign);
        if (s_cache.Count < 4096) s_cache[(s, defaultType, defaultAlign)] = spec;
        return spec;
    }

    /// <summary>Parses a spec as CPython does, for an object of <paramref name="typeName"/> (named in errors).</summary>
    public static FormatSpec Parse(string s, string typeName, char defaultType, char defaultAlign)
    {
        var spec = new FormatSpec { Align = defaultAlign, Type = defaultType };
        int i = 0, n = s.Length;
        bool fillSpecified = false, alignSpecified = false;
        // The fill may be any code point, so look one code point ahead for the alignment.
        int firstWidth = n >= 2 && char.IsHighSurrogate(s[0]) && char.IsLowSurrogate(s[1]) ? 2 : 1;
        if (n > firstWidth && IsAlign(s[firstWidth]))
        {
            spec.Fill = s[..firstWidth];
            spec.Align = s[firstWidth];
            fillSpecified = alignSpecified = true;
            i = firstWidth + 1;
        }
        else if (n >= 1 && IsAlign(s[0]))
        {
            spec.Align = s[0];
            alignSpecified = true;
            i = 1;
        }
        if (i < n && s[i] is '+' or '-' or ' ') spec.Sign = s[i++];
        if (i < n && s[i] == 'z') { spec.NoNegativeZero = true; i++; }
        if (i < n && s[i] == '#') { spec.Alternate = true; i++; }
        if (!fillSpecified && i < n && s[i] == '0')
        {
            spec.Fill = "0";
            if (!alignSpecified && defaultAlign == '>') spec.Align = '=';
            i++;
        }
        if (ReadInt(s, ref i, out long width)) spec.Width = width;
        if (i < n && s[i] == ',') { spec.Grouping = ','; i++; }
        if (i < n && s[i] == '_')
        {
            if (spec.Grouping != '\0') throw PyErr.ValueError("Cannot specify both ',' and '_'.");
            spec.Grouping = '_';
            i++;
        }
        if (i < n && s[i] == ',' && spec.Grouping == '_') throw PyErr.ValueError("Cannot specify both ',' and '_'.");
        if (i < n && s[i] == '.')
        {
            i++;
            if (!ReadInt(s, ref i, out long precision)) throw PyErr.ValueError("Format specifier missing precision");
            spec.Precision = precision;
        }
        if (n - i > 1) throw PyErr.ValueError($"Invalid format specifier '{s}' for object of type '{typeName}'");
        if (n - i == 1) spec.Type = s[i];
        if (spec.Grouping != '\0')
        {
            switch (spec.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when spec.Grouping == '_':
                    spec.Grouping = '4';
                    break;
                default:
                    throw PyErr.ValueError(spec.Type > 32 && spec.Type < 128
                        ? $"Cannot specify '{spec.Grouping}' with '{spec.Type}'."
                        : $"Cannot specify '{spec.Grouping}' with '\\x{(int)spec.Type:x}'.");
            }
        }
        return spec;
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    private static bool ReadInt(string s, ref int i, out long value)
    {
        int start = i;
        value = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            if (value > (long.MaxValue - 9) / 10) throw PyErr.ValueError("Too many decimal digits in format string");
            value = value * 10 + (s[i] - '0');
            i++;
        }
        return i > start;
    }

    public static PyException UnknownCode(char type, string typeName) => PyErr.ValueError(type > 32 && type < 128
        ? $"Unknown format code '{type}' for object of type '{typeName}'"
        : $"Unknown format code '\\x{(int)type:x}' for object of type '{typeName}'");
}

/// <summary>The format mini-language for int, float, complex and str (format(), f-strings, str.format).</summary>
public static class NumberFormat
{
    // ------------------------------------------------------------ entry points (the __format__ methods)

    public static string FormatStr(string s, string spec, string typeName = "str")
    {
        if (spec.Length == 0) return s;
        var f = FormatSpec.ParseCached(spec, typeName, 's', '<');
        if (f.Type != 's') throw FormatSpec.UnknownCode(f.Type, typeName);
        return FormatStr(s, f);
    }

    public static string FormatStr(string s, FormatSpec f)
    {
        if (f.Sign != '\0')
            throw PyErr.ValueError(f.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        if (f.NoNegativeZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw PyErr.ValueError("'=' alignment not allowed in string format specifier");
        var ps = new PyStr(s);
        long len = ps.Length;
        if ((f.Width < 0 || f.Width <= len) && (f.Precision < 0 || f.Precision >= len)) return s;
        if (f.Precision >= 0 && len >= f.Precision)
        {
            s = ps.Substring(0, (int)f.Precision);
            len = f.Precision;
        }
        return Pad(s, len, f);
    }

    /// <summary>int.__format__ (bool too, which formats as its int value).</summary>
    public static string FormatInt(BigInteger v, string spec, string typeName = "int")
    {
        var f = FormatSpec.ParseCached(spec, typeName, 'd', '>');
        switch (f.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                return FormatInt(v, f);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(BuiltinOperators.BigToDouble(v), f);
            default:
                throw FormatSpec.UnknownCode(f.Type, typeName);
        }
    }

    public static string FormatFloat(double v, string spec, string typeName = "float")
    {
        var f = FormatSpec.ParseCached(spec, typeName, '\0', '>');
        if (f.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%')) throw FormatSpec.UnknownCode(f.Type, typeName);
        return FormatFloat(v, f);
    }

    public static string FormatComplex(double re, double im, string spec, string typeName = "complex")
    {
        var f = FormatSpec.ParseCached(spec, typeName, '\0', '>');
        if (f.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n')) throw FormatSpec.UnknownCode(f.Type, typeName);
        return FormatComplex(re, im, f);
    }

    // ------------------------------------------------------------ int

    public static string FormatInt(BigInteger v, FormatSpec f)
    {
        if (f.Precision >= 0) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegativeZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.Type == 'c')
        {
            if (f.Sign != '\0') throw PyErr.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (v < long.MinValue || v > long.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C long");
            if (v < 0 || v > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
            // The character is laid out like a number's remainder: aligned, never grouped.
            return Layout("", "", "", false, Unicode.ToText((int)v), f);
        }
        bool neg = v.Sign < 0;
        var mag = BigInteger.Abs(v);
        string digits, prefix = "";
        switch (f.Type)
        {
            case 'x': digits = IntFormat.ToBase(mag, 16); prefix = "0x"; break;
            case 'X': digits = IntFormat.ToBase(mag, 16).ToUpperInvariant(); prefix = "0X"; break;
            case 'o': digits = IntFormat.ToBase(mag, 8); prefix = "0o"; break;
            case 'b': digits = IntFormat.ToBase(mag, 2); prefix = "0b"; break;
            default: digits = IntFormat.ToDecimal(mag); break;
        }
        if (!f.Alternate) prefix = "";
        return Layout(SignText(neg, f.Sign), prefix, digits, false, "", f);
    }

    private static string SignText(bool negative, char sign) => negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";

    /// <summary>
    /// CPython's number layout: [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad].
    /// With fill '0' and '=' alignment the padding becomes leading zeros inside the grouping.
    /// </summary>
    private static string Layout(string sign, string prefix, string digits, bool hasDecimal, string remainder, FormatSpec f)
    {
        int groupSize = f.Grouping switch { ',' or '_' => 3, '4' => 4, _ => 0 };
        string sep = f.Grouping == ',' ? "," : "_";
        long nonDigits = sign.Length + prefix.Length + (hasDecimal ? 1 : 0) + CodePointCount(remainder);
        long minWidth = f.Fill == "0" && f.Align == '=' ? f.Width - nonDigits : 0;
        string grouped = digits.Length == 0 ? "" : Group(digits, minWidth, groupSize, sep);
        long padding = f.Width - (nonDigits + grouped.Length);
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0)
        {
            switch (f.Align)
            {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        var sb = new StringBuilder();
        AppendFill(sb, f.Fill, lpad);
        sb.Append(sign).Append(prefix);
        AppendFill(sb, f.Fill, spad);
        sb.Append(grouped);
        if (hasDecimal) sb.Append('.');
        sb.Append(remainder);
        AppendFill(sb, f.Fill, rpad);
        return sb.ToString();
    }

    private static long CodePointCount(string s)
    {
        long n = s.Length;
        foreach (char c in s) if (char.IsLowSurrogate(c)) n--;
        return n;
    }

    private static void AppendFill(StringBuilder sb, string fill, long n)
    {
        if (n <= 0) return;
        if (n > int.MaxValue / 2) throw PyErr.New(TypeObjects.MemoryError);
        if (fill.Length == 1) sb.Append(fill[0], (int)n);
        else for (long i = 0; i < n; i++) sb.Append(fill);
    }

    /// <summary>Inserts separators every <paramref name="size"/> digits and pads with zeros up to <paramref name="minWidth"/>.</summary>
    private static string Group(string digits, long minWidth, int size, string sep)
    {
        if (size == 0)
            return minWidth > digits.Length ? new string('0', (int)(minWidth - digits.Length)) + digits : digits;
        // Build groups right to left, as CPython's _PyUnicode_InsertThousandsGrouping does.
        var parts = new List<string>();
        long remaining = digits.Length;
        int pos = digits.Length;
        while (true)
        {
            long len = Math.Min(size, Math.Max(Math.Max(remaining, minWidth), 1));
            long zeros = Math.Max(0, len - remaining);
            long chars = Math.Max(0, Math.Min(remaining, len));
            pos -= (int)chars;
            parts.Add(new string('0', (int)zeros) + digits.Substring(pos, (int)chars));
            remaining -= chars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= sep.Length;
        }
        parts.Reverse();
        return string.Join(sep, parts);
    }

    // ------------------------------------------------------------ float

    public static string FormatFloat(double v, FormatSpec f)
    {
        if (f.Precision > int.MaxValue) throw PyErr.ValueError("precision too big");
        char type = f.Type;
        bool addDot0 = false, percent = false;
        int precision = (int)f.Precision, defaultPrecision = 6;
        if (type == '\0')
        {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        if (type == '%')
        {
            type = 'f';
            v *= 100;
            percent = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        var text = DoubleToString(v, type, precision, f.Alternate, addDot0, f.NoNegativeZero);
        if (percent) text += "%";
        if (f.Sign is not ('+' or ' ') && f.Width < 0 && f.Grouping == '\0') return text;
        bool neg = text[0] == '-';
        if (neg) text = text[1..];
        SplitNumber(text, out var digits, out bool hasDecimal, out var remainder);
        return Layout(SignText(neg, f.Sign), "", digits, hasDecimal, remainder, f);
    }

    /// <summary>Splits formatted number text into its leading digits, a decimal point, and the rest.</summary>
    private static void SplitNumber(string text, out string digits, out bool hasDecimal, out string remainder)
    {
        int i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        digits = text[..i];
        hasDecimal = i < text.Length && text[i] == '.';
        remainder = text[(hasDecimal ? i + 1 : i)..];
    }

    public static string FormatComplex(double re, double im, FormatSpec f)
    {
        if (f.Fill == "0") throw PyErr.ValueError("Zero padding is not allowed in complex format specifier");
        if (f.Align == '=') throw PyErr.ValueError("'=' alignment flag is not allowed in complex format specifier");
        char type = f.Type;
        int precision = (int)Math.Min(f.Precision, int.MaxValue), defaultPrecision = 6;
        bool skipRe = false, parens = false;
        if (type == '\0')
        {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && !double.IsNegative(re)) skipRe = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        var reText = DoubleToString(re, type, precision, f.Alternate, false, f.NoNegativeZero);
        var imText = DoubleToString(im, type, precision, f.Alternate, false, f.NoNegativeZero);
        var plain = new FormatSpec { Fill = "", Align = '<', Grouping = f.Grouping, Sign = f.Sign };
        var sb = new StringBuilder();
        if (parens) sb.Append('(');
        if (!skipRe)
        {
            sb.Append(LayoutPart(reText, plain));
            plain.Sign = '+';
        }
        sb.Append(LayoutPart(imText, plain)).Append('j');
        if (parens) sb.Append(')');
        var body = sb.ToString();
        return Pad(body, CodePointCount(body), f);
    }

    private static string LayoutPart(string text, FormatSpec f)
    {
        bool neg = text[0] == '-';
        if (neg) text = text[1..];
        SplitNumber(text, out var digits, out bool hasDecimal, out var remainder);
        return Layout(SignText(neg, f.Sign), "", digits, hasDecimal, remainder, f);
    }

    /// <summary>Pads text of <paramref name="len"/> code points to the width (CPython's calc_padding).</summary>
    private static string Pad(string s, long len, FormatSpec f)
    {
        if (f.Width <= len) return s;
        long total = f.Width, lpad = f.Align switch
        {
            '>' => total - len,
            '^' => (total - len) / 2,
            _ => 0,
        };
        var sb = new StringBuilder();
        AppendFill(sb, f.Fill, lpad);
        sb.Append(s);
        AppendFill(sb, f.Fill, total - len - lpad);
        return sb.ToString();
    }

    // ------------------------------------------------------------ double to text

    /// <summary>
    /// CPython's PyOS_double_to_string: type 'e', 'f', 'g' (upper-case variants too) or 'r'
    /// (shortest repr); exact decimal rounding, half to even.
    /// </summary>
    public static string DoubleToString(double v, char type, int precision, bool alternate = false, bool addDot0 = false, bool noNegativeZero = false)
    {
        bool upper = type is 'E' or 'F' or 'G';
        if (double.IsNaN(v)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(v)) return (v < 0 ? "-" : "") + (upper ? "INF" : "inf");
        bool neg = double.IsNegative(v);
        double a = Math.Abs(v);
        string body;
        char lower = char.ToLowerInvariant(type);
        if (lower == 'f')
        {
            body = a.ToString(precision < FixedFormats.Length ? FixedFormats[precision] : "F" + precision, CultureInfo.InvariantCulture);
            if (alternate && precision == 0) body += ".";
        }
        else
        {
            if (lower == 'g' && precision == 0) precision = 1;
            string digits;
            int decpt;
            if (lower == 'r') (digits, decpt) = Shortest(a);
            else (digits, decpt) = Significant(a, lower == 'e' ? precision + 1 : precision);
            body = LayDigits(digits, decpt, lower, lower == 'e' ? precision + 1 : precision, alternate, addDot0);
        }
        if (upper) body = body.ToUpperInvariant();
        if (neg && noNegativeZero && IsZeroText(body)) neg = false;
        return neg ? "-" + body : body;
    }

    private static readonly string[] FixedFormats = Enumerable.Range(0, 21).Select(p => "F" + p).ToArray();

    private static bool IsZeroText(string s)
    {
        foreach (char c in s)
        {
            if (c is 'e' or 'E') return true;
            if (c is >= '1' and <= '9') return false;
        }
        return true;
    }

    /// <summary>The shortest round-trip digits (no trailing zeros) and the decimal point position.</summary>
    private static (string digits, int decpt) Shortest(double a)
    {
        if (a == 0) return ("0", 1);
        var (_, digits, exp) = FloatFormat.ShortestDigits(a);
        return (digits, exp + 1);
    }

    /// <summary>|v| correctly rounded to <paramref name="n"/> significant digits, trailing zeros removed.</summary>
    private static (string digits, int decpt) Significant(double a, int n)
    {
        if (a == 0) return ("0", 1);
        var s = a.ToString("e" + (n - 1), CultureInfo.InvariantCulture);
        int e = s.IndexOf('e');
        int exp = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var digits = s[..e].Replace(".", "").TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, exp + 1);
    }

    /// <summary>
    /// Lays digits out as CPython's format_float_short does: a window over the digits padded
    /// with zeros on both sides, the decimal point at <paramref name="decpt"/>, an exponent when
    /// the notation calls for one.
    /// </summary>
    private static string LayDigits(string digits, int decpt, char type, int precision, bool alternate, bool addDot0)
    {
        bool useExp = false;
        int end = digits.Length;
        switch (type)
        {
            case 'e':
                useExp = true;
                end = precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alternate) end = precision;
                break;
            default:
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        int exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        end = !useExp && addDot0 ? Math.Max(end, decpt + 1) : Math.Max(end, decpt);
        var sb = new StringBuilder(end - start + 8);
        for (int i = start; i < end; i++)
        {
            if (i == decpt) sb.Append('.');
            sb.Append(i >= 0 && i < digits.Length ? digits[i] : '0');
        }
        if (decpt == end) sb.Append('.');
        if (sb[^1] == '.' && !alternate) sb.Length--;
        if (useExp) sb.Append(exp < 0 ? "e-" : "e+").Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}

/// <summary>int → text in any base, with CPython's limit on decimal conversion of huge ints.</summary>
public static class IntFormat
{
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>The limit of the current runtime (sys.set_int_max_str_digits); 0 means none.</summary>
    public static int MaxStrDigits => PyContext.CurrentOrNull?.Runtime.IntMaxStrDigits ?? DefaultMaxStrDigits;

    public static string ToDecimal(BigInteger mag)
    {
        if (mag <= ulong.MaxValue) return ((ulong)mag).ToString(CultureInfo.InvariantCulture);
        int limit = MaxStrDigits;
        // 3.3219 bits per decimal digit: anything this long certainly has too many digits.
        if (limit > 0 && mag.GetBitLength() > (long)(limit * 3.3219280948873626) + 2) throw TooManyDigits();
        var s = mag.ToString(CultureInfo.InvariantCulture);
        if (limit > 0 && s.Length - (s[0] == '-' ? 1 : 0) > limit) throw TooManyDigits();
        return s;
    }

    private static PyException TooManyDigits() => PyErr.ValueError(
        "Exceeds the limit (" + MaxStrDigits + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    public static string ToDecimalSigned(BigInteger v) => v.Sign < 0 ? "-" + ToDecimal(-v) : ToDecimal(v);

    /// <summary>Digits of a non-negative value in base 2, 8 or 16 (lower case).</summary>
    public static string ToBase(BigInteger mag, int b)
    {
        if (mag.IsZero) return "0";
        if (mag <= ulong.MaxValue)
        {
            ulong u = (ulong)mag;
            if (b == 16) return u.ToString("x", CultureInfo.InvariantCulture);
        }
        int bits = b == 2 ? 1 : b == 8 ? 3 : 4;
        long len = (long)((mag.GetBitLength() + bits - 1) / bits);
        var chars = new char[len];
        var bytes = mag.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (long i = 0; i < len; i++)
        {
            long bit = i * bits;
            int value = 0;
            for (int k = 0; k < bits; k++)
            {
                long bb = bit + k;
                if (bb / 8 < bytes.Length && ((bytes[bb / 8] >> (int)(bb % 8)) & 1) != 0) value |= 1 << k;
            }
            chars[len - 1 - i] = "0123456789abcdef"[value];
        }
        return new string(chars);
    }
}
