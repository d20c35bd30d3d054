using System.Numerics;
using System.Text;

namespace Pycc.Runtime;

/// <summary>printf-style formatting: `"%s = %d" % (name, value)` for str and bytes, with CPython's rules and errors.</summary>
public static class PercentFormat
{
    public static string Format(PyContext ctx, string fmt, PyObject args) => Run(ctx, fmt, args, isBytes: false);

    public static PyBytes FormatBytes(PyContext ctx, byte[] fmt, PyObject args) =>
        new(Encoding.Latin1.GetBytes(Run(ctx, Encoding.Latin1.GetString(fmt), args, isBytes: true)));

    private sealed class Args
    {
        public PyObject Value = null!;
        public long Length, Index;

        public PyObject Next()
        {
            if (Index < Length)
            {
                Index++;
                return Length < 0 ? Value : ((PyTuple)Value).Items[Index - 1];
            }
            throw PyErr.TypeError("not enough arguments for format string");
        }
    }

    private static string Run(PyContext ctx, string fmt, PyObject argsObj, bool isBytes)
    {
        var args = new Args { Value = argsObj };
        if (argsObj is PyTuple t) { args.Length = t.Count; args.Index = 0; }
        else { args.Length = -1; args.Index = -2; }
        var raw = Conversions.Unwrap(argsObj);
        PyObject? dict = raw is not PyTuple && !(isBytes ? raw is PyBytes : raw is PyStr) && IsMapping(argsObj) ? argsObj : null;
        var sb = new StringBuilder(fmt.Length + 16);
        int i = 0, n = fmt.Length;
        while (i < n)
        {
            int pct = fmt.IndexOf('%', i);
            if (pct < 0) { sb.Append(fmt, i, n - i); break; }
            sb.Append(fmt, i, pct - i);
            i = pct + 1;
            if (i < n && fmt[i] == '%') { sb.Append('%'); i++; continue; }
            if (i < n && fmt[i] == '(')
            {
                if (dict == null) throw PyErr.TypeError("format requires a mapping");
                int depth = 1, start = ++i;
                while (i < n && depth > 0)
                {
                    if (fmt[i] == '(') depth++;
                    else if (fmt[i] == ')') depth--;
                    i++;
                }
                if (depth > 0) throw PyErr.ValueError("incomplete format key");
                var keyText = fmt[start..(i - 1)];
                PyObject key = isBytes ? new PyBytes(Encoding.Latin1.GetBytes(keyText)) : new PyStr(keyText);
                args.Value = Ops.GetItem(ctx, dict, key);
                args.Length = -1;
                args.Index = -2;
            }
            bool left = false, sign = false, blank = false, alt = false, zero = false;
            for (; i < n; i++)
            {
                switch (fmt[i])
                {
                    case '-': left = true; continue;
                    case '+': sign = true; continue;
                    case ' ': blank = true; continue;
                    case '#': alt = true; continue;
                    case '0': zero = true; continue;
                }
                break;
            }
            long width = -1, prec = -1;
            if (i < n && fmt[i] == '*')
            {
                width = StarArg(ctx, args);
                if (width < 0) { left = true; width = -width; }
                i++;
            }
            else width = Digits(fmt, ref i, "width");
            if (i < n && fmt[i] == '.')
            {
                i++;
                if (i < n && fmt[i] == '*')
                {
                    prec = Math.Max(0, StarArg(ctx, args));
                    i++;
                }
                else prec = Math.Max(0, Digits(fmt, ref i, "precision"));
            }
            while (i < n && fmt[i] is 'h' or 'l' or 'L') i++;
            if (i >= n) throw PyErr.ValueError("incomplete format");
            char conv = fmt[i];
            int convIndex = i++;
            var value = args.Next();
            string body;
            bool numeric = false;
            switch (conv)
            {
                case 's' or 'r' or 'a' or 'b' when isBytes:
                    body = BytesText(ctx, conv, value);
                    if (prec >= 0 && prec < body.Length) body = body[..(int)prec];
                    break;
                case 's' or 'r' or 'a':
                    body = conv switch
                    {
                        's' => Ops.StrString(ctx, value),
                        'r' => Ops.ReprString(ctx, value),
                        _ => StrRepr.Ascii(Ops.ReprString(ctx, value)),
                    };
                    if (prec >= 0)
                    {
                        var ps = new PyStr(body);
                        if (prec < ps.Length) body = ps.Substring(0, (int)prec);
                    }
                    break;
                case 'c':
                    body = isBytes ? ByteChar(ctx, value) : Char(ctx, value);
                    break;
                case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                    // bytes formatting names %i as %d in its errors.
                    body = IntText(ctx, isBytes && conv == 'i' ? 'd' : conv, value, alt, prec);
                    numeric = true;
                    break;
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                    if (isBytes && Conversions.Unwrap(value) is not (PyFloat or PyIntegral) && value.Type.Lookup("__float__") == null && value.Type.Lookup("__index__") == null)
                        throw PyErr.TypeError($"float argument required, not {value.Type.Name}");
                    double d = Conversions.ToDouble(ctx, value);
                    body = NumberFormat.DoubleToString(d, conv, prec < 0 ? 6 : (int)Math.Min(prec, int.MaxValue), alt);
                    numeric = true;
                    break;
                default:
                    char shown = conv > 32 && conv < 128 ? conv : '?';
                    throw PyErr.ValueError($"unsupported format character '{shown}' (0x{(int)conv:x}) at index {CodePointIndex(fmt, convIndex)}");
            }
            if (numeric && (sign || blank) && body[0] != '-') body = (sign ? "+" : " ") + body;
            Pad(sb, body, width, left, zero && numeric, alt && conv is 'o' or 'x' or 'X');
        }
        if (args.Index < args.Length && dict == null)
            throw PyErr.TypeError(isBytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static bool IsMapping(PyObject o) =>
        o is PyDict or PyList or PyBytes or PyByteArray or PyRange or PyStr or PyMemoryView || o.Type.Lookup("__getitem__") != null;

    private static int CodePointIndex(string s, int offset)
    {
        int n = 0;
        for (int i = 0; i < offset; i++) if (!char.IsLowSurrogate(s[i])) n++;
        return n;
    }

    private static long StarArg(PyContext ctx, Args args)
    {
        var v = args.Next();
        if (v is not PyIntegral) throw PyErr.TypeError("* wants int");
        var b = ((PyIntegral)v).ToBig();
        if (b > int.MaxValue || b < -int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (long)b;
    }

    private static long Digits(string fmt, ref int i, string what)
    {
        if (i >= fmt.Length || !char.IsAsciiDigit(fmt[i])) return -1;
        long v = 0;
        while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
        {
            v = v * 10 + (fmt[i++] - '0');
            if (v > int.MaxValue) throw PyErr.ValueError($"{what} too big");
        }
        return v;
    }

    /// <summary>Width padding: spaces around, or zeros after the sign and the 0x/0o prefix.</summary>
    private static void Pad(StringBuilder sb, string body, long width, bool left, bool zero, bool prefixed)
    {
        long len = new PyStr(body).Length;
        if (width <= len) { sb.Append(body); return; }
        int pad = (int)(width - len);
        if (left) { sb.Append(body).Append(' ', pad); return; }
        if (!zero) { sb.Append(' ', pad).Append(body); return; }
        int lead = body.Length > 0 && body[0] is '-' or '+' or ' ' ? 1 : 0;
        if (prefixed && body.Length >= lead + 2 && body[lead] == '0' && body[lead + 1] is 'x' or 'X' or 'o') lead += 2;
        sb.Append(body, 0, lead).Append('0', pad).Append(body, lead, body.Length - lead);
    }

    private static string IntText(PyContext ctx, char conv, PyObject value, bool alt, long prec)
    {
        BigInteger v;
        var raw = Conversions.Unwrap(value);
        if (raw is PyIntegral ri) v = ri.ToBig();
        else
        {
            bool wantIndex = conv is 'o' or 'x' or 'X';
            bool isNumber = raw is PyFloat or PyComplex || value.Type.Lookup("__index__") != null || value.Type.Lookup("__int__") != null || value.Type.Lookup("__float__") != null;
            if (!isNumber) throw WrongType(conv, value);
            try
            {
                v = wantIndex ? Conversions.Index(ctx, value) : ((PyIntegral)IntParsing.Construct(ctx, value, null)).ToBig();
            }
            catch (PyException e) when (e.Value.Type == TypeObjects.TypeError)
            {
                throw WrongType(conv, value);
            }
        }
        bool neg = v.Sign < 0;
        var mag = BigInteger.Abs(v);
        string digits = conv switch
        {
            'o' => IntFormat.ToBase(mag, 8),
            'x' => IntFormat.ToBase(mag, 16),
            'X' => IntFormat.ToBase(mag, 16).ToUpperInvariant(),
            _ => IntFormat.ToDecimal(mag),
        };
        if (prec > digits.Length) digits = new string('0', (int)(prec - digits.Length)) + digits;
        string prefix = alt ? conv switch { 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => "" } : "";
        return (neg ? "-" : "") + prefix + digits;
    }

    private static PyException WrongType(char conv, PyObject value) => conv is 'o' or 'x' or 'X'
        ? PyErr.TypeError($"%{conv} format: an integer is required, not {value.Type.Name}")
        : PyErr.TypeError($"%{conv} format: a real number is required, not {value.Type.Name}");

    private static string Char(PyContext ctx, PyObject value)
    {
        if (value is PyStr s)
        {
            if (s.Length != 1) throw PyErr.TypeError("%c requires int or char");
            return s.Value;
        }
        if (value is not PyIntegral && value.Type.Lookup("__index__") == null) throw PyErr.TypeError("%c requires int or char");
        var v = Conversions.Index(ctx, value);
        if (v < 0 || v > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
        return Unicode.ToText((int)v);
    }

    private static string ByteChar(PyContext ctx, PyObject value)
    {
        if (value is PyBytes or PyByteArray)
        {
            var b = BytesMethods.BufferBytes(value)!;
            if (b.Length != 1) throw PyErr.TypeError("%c requires an integer in range(256) or a single byte");
            return ((char)b[0]).ToString();
        }
        if (value is not PyIntegral && value.Type.Lookup("__index__") == null)
            throw PyErr.TypeError("%c requires an integer in range(256) or a single byte");
        var v = Conversions.Index(ctx, value);
        if (v < 0 || v > 255) throw PyErr.OverflowError("%c arg not in range(256)");
        return ((char)(int)v).ToString();
    }

    /// <summary>%s/%b/%r/%a of bytes formatting, as latin-1 text.</summary>
    private static string BytesText(PyContext ctx, char conv, PyObject value)
    {
        if (conv is 'r' or 'a') return StrRepr.Ascii(Ops.ReprString(ctx, value));
        if (BytesMethods.BufferBytes(value) is { } raw) return Encoding.Latin1.GetString(raw);
        if (value.Type.Lookup("__bytes__") is { } conv2 && Calls.CallDescriptor(ctx, conv2, value) is PyBytes pb)
            return Encoding.Latin1.GetString(pb.Value);
        throw PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{value.Type.Name}'");
    }
}
