using System.Globalization;
using System.Text;

namespace Pycc.Runtime;

/// <summary>printf-style formatting: `"%s = %d" % (name, value)` for str and bytes.</summary>
public static class PercentFormat
{
    public static string Format(PyContext ctx, string fmt, PyObject args)
    {
        PyObject[] items;
        PyObject? mapping = null;
        if (args is PyTuple t) items = t.Items;
        else
        {
            items = new[] { args };
            if (args is PyDict || (args is not PyStr && args.Type.Lookup("__getitem__") != null && args is not PyList)) mapping = args;
        }
        int next = 0;
        var sb = new StringBuilder();
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i++];
            if (c != '%') { sb.Append(c); continue; }
            if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
            PyObject? value = null;
            if (fmt[i] == '(')
            {
                if (mapping == null) throw PyErr.TypeError("format requires a mapping");
                int depth = 1, start = ++i;
                while (i < fmt.Length && depth > 0) { if (fmt[i] == '(') depth++; else if (fmt[i] == ')') depth--; i++; }
                if (depth > 0) throw PyErr.ValueError("incomplete format key");
                value = Ops.GetItem(ctx, mapping, new PyStr(fmt[start..(i - 1)]));
            }
            var spec = new FormatSpec();
            while (i < fmt.Length && "-+ #0".IndexOf(fmt[i]) >= 0)
            {
                switch (fmt[i])
                {
                    case '-': spec.Align = '<'; break;
                    case '+': spec.Sign = '+'; break;
                    case ' ': if (spec.Sign != '+') spec.Sign = ' '; break;
                    case '#': spec.Alternate = true; break;
                    case '0': spec.ZeroPad = true; break;
                }
                i++;
            }
            spec.Width = ReadNumber(ctx, fmt, ref i, items, ref next);
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                spec.Precision = ReadNumber(ctx, fmt, ref i, items, ref next) ?? 0;
            }
            while (i < fmt.Length && "hlL".IndexOf(fmt[i]) >= 0) i++;
            if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
            char conv = fmt[i++];
            if (conv == '%') { sb.Append('%'); continue; }
            if (value == null)
            {
                if (next >= items.Length) throw PyErr.TypeError("not enough arguments for format string");
                value = items[next++];
            }
            if (spec.ZeroPad && spec.Align != '<') { spec.Fill = '0'; spec.Align = '='; }
            sb.Append(FormatOne(ctx, conv, value, spec));
        }
        if (next < items.Length && mapping == null)
            throw PyErr.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static int? ReadNumber(PyContext ctx, string fmt, ref int i, PyObject[] items, ref int next)
    {
        if (i < fmt.Length && fmt[i] == '*')
        {
            i++;
            if (next >= items.Length) throw PyErr.TypeError("not enough arguments for format string");
            return Conversions.ToInt32(ctx, items[next++]);
        }
        int start = i;
        while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
        return i > start ? int.Parse(fmt[start..i], CultureInfo.InvariantCulture) : null;
    }

    private static string FormatOne(PyContext ctx, char conv, PyObject value, FormatSpec spec)
    {
        switch (conv)
        {
            case 's':
            case 'r':
            case 'a':
            {
                var s = conv == 's' ? Ops.StrString(ctx, value) : Ops.ReprString(ctx, value);
                if (conv == 'a') s = StrRepr.Ascii(s);
                if (spec.Precision != null && spec.Precision < s.Length) s = s[..spec.Precision.Value];
                spec.Type = 's';
                spec.Precision = null;
                if (spec.Align == '=') { spec.Align = '>'; spec.Fill = ' '; }
                return NumberFormat.Pad(s, spec, '>');
            }
            case 'd' or 'i' or 'u':
                if (value is PyFloat f0) value = PyInt.From(new System.Numerics.BigInteger(Math.Truncate(f0.Value)));
                else if (value is not PyIntegral && value.Type.Lookup("__int__") == null && value.Type.Lookup("__index__") == null)
                    throw PyErr.TypeError($"%{conv} format: a real number is required, not {value.Type.Name}");
                spec.Type = 'd';
                return NumberFormat.FormatInt(Conversions.Index(ctx, value is PyIntegral ? value : TypeObjects.Int.Call1(ctx, value)), spec);
            case 'x' or 'X' or 'o':
                if (value is not PyIntegral && value.Type.Lookup("__index__") == null)
                    throw PyErr.TypeError($"%{conv} format: an integer is required, not {value.Type.Name}");
                spec.Type = conv;
                return NumberFormat.FormatInt(Conversions.Index(ctx, value), spec);
            case 'c':
                if (value is PyStr cs && cs.Length == 1) return NumberFormat.Pad(cs.Value, spec, '>');
                return NumberFormat.Pad(Unicode.ToText(Conversions.ToInt32(ctx, value)), spec, '>');
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                if (value is not (PyFloat or PyIntegral) && value.Type.Lookup("__float__") == null && value.Type.Lookup("__index__") == null)
                    throw PyErr.TypeError($"must be real number, not {value.Type.Name}");
                spec.Type = conv;
                spec.Precision ??= 6;
                return NumberFormat.FormatFloat(Conversions.ToDouble(ctx, value), spec);
        }
        throw PyErr.ValueError($"unsupported format character '{conv}' (0x{(int)conv:x})");
    }

    public static PyBytes FormatBytes(PyContext ctx, byte[] fmt, PyObject args)
    {
        var text = Encoding.Latin1.GetString(fmt);
        return new PyBytes(Encoding.Latin1.GetBytes(Format(ctx, text, args)));
    }
}
