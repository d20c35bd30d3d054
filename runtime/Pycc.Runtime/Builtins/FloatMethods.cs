using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallFloat()
    {
        var t = TypeObjects.Float;
        static double D(PyObject s) => ((PyFloat)s).Value;
        NumberMethods.InstallArithmetic(t, o => o is PyIntegral or PyFloat, new[] { BinaryOp.Add, BinaryOp.Sub, BinaryOp.Mul,
            BinaryOp.TrueDiv, BinaryOp.FloorDiv, BinaryOp.Mod });
        t.Def("__format__", (ctx, s, spec) =>
        {
            var sp = Conversions.ToStr(spec, "format spec");
            if (sp.Length == 0) return Ops.Str(ctx, s);
            return new PyStr(NumberFormat.FormatFloat(D(s), sp, s.Type.Name));
        });
        t.Def("__bool__", (ctx, s) => PyBool.Of(D(s) != 0));
        t.Def("__neg__", (ctx, s) => new PyFloat(-D(s)));
        t.Def("__pos__", (ctx, s) => s is PyFloat ? s : new PyFloat(D(s)));
        t.Def("__abs__", (ctx, s) => new PyFloat(Math.Abs(D(s))));
        t.Def("__float__", (ctx, s) => s);
        t.Def("__int__", (ctx, s) => IntParsing.FromDouble(D(s)));
        t.Def("__trunc__", (ctx, s) => IntParsing.FromDouble(D(s)));
        t.Def("__floor__", (ctx, s) => IntParsing.FromDouble(Math.Floor(D(s))));
        t.Def("__ceil__", (ctx, s) => IntParsing.FromDouble(Math.Ceiling(D(s))));
        t.DefVar("__round__", (ctx, s, a) =>
        {
            if (a.Length > 1) throw PyErr.TypeError($"__round__ expected at most 1 argument, got {a.Length}");
            return Rounding.Round(ctx, s, a.Length == 0 || a[0] is PyNone ? null : a[0]);
        });
        t.Def("__getnewargs__", (ctx, s) => PyTuple.Of(new PyFloat(D(s))));
        t.Def("__divmod__", (ctx, s, o) => Conversions.Unwrap(o) is PyIntegral or PyFloat ? NumberMethods.DivMod(ctx, s, o)! : PySingleton.NotImplemented);
        t.Def("__rdivmod__", (ctx, s, o) => Conversions.Unwrap(o) is PyIntegral or PyFloat ? NumberMethods.DivMod(ctx, o, s)! : PySingleton.NotImplemented);
        t.DefVar("__pow__", (ctx, s, a) => NumberMethods.PowDunder(ctx, s, a, reflected: false));
        t.DefVar("__rpow__", (ctx, s, a) => NumberMethods.PowDunder(ctx, s, a, reflected: true));
        t.Def("is_integer", (ctx, s) => PyBool.Of(double.IsFinite(D(s)) && D(s) == Math.Floor(D(s))));
        t.Def("conjugate", (ctx, s) => s is PyFloat ? s : new PyFloat(D(s)));
        t.Property("real", (ctx, s) => s is PyFloat ? s : new PyFloat(D(s)));
        t.Property("imag", (ctx, s) => new PyFloat(0));
        t.Def("as_integer_ratio", (ctx, s) =>
        {
            var (num, den) = FloatMethods.IntegerRatio(D(s));
            return PyTuple.Of(PyInt.From(num), PyInt.From(den));
        });
        t.Def("hex", (ctx, s) => new PyStr(FloatMethods.Hex(D(s))));
        t.DefClass("fromhex", (ctx, cls, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0 || a.Length != 1) throw PyErr.TypeError($"fromhex() takes exactly one argument ({a.Length} given)");
            var v = new PyFloat(FloatMethods.FromHex(Conversions.ToStr(a[0], "fromhex() argument")));
            return ReferenceEquals(cls, TypeObjects.Float) ? v : cls.Call1(ctx, v);
        });
        t.DefClass("__getformat__", (ctx, cls, a, kw) =>
        {
            var which = a.Length == 1 ? Conversions.ToStr(a[0], "__getformat__() argument") : throw PyErr.TypeError("__getformat__() takes exactly one argument");
            if (which is not ("double" or "float")) throw PyErr.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return new PyStr("IEEE, little-endian");
        });
    }
}

/// <summary>float.hex / fromhex / as_integer_ratio.</summary>
public static class FloatMethods
{
    public static (BigInteger num, BigInteger den) IntegerRatio(double v)
    {
        if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert NaN to integer ratio");
        if (v == 0) return (BigInteger.Zero, BigInteger.One);
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        // Reduce: strip common factors of two.
        int tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = mant, den = BigInteger.One;
        if (exp > 0) num <<= exp; else den <<= -exp;
        return (v < 0 ? -num : num, den);
    }

    public static string Hex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        string lead = "1";
        if (exp == 0)
        {
            lead = "0";
            exp = -1022;
        }
        else exp -= 1023;
        return sign + "0x" + lead + "." + mant.ToString("x13", CultureInfo.InvariantCulture) + "p" + (exp >= 0 ? "+" : "") + exp.ToString(CultureInfo.InvariantCulture);
    }

    public static double FromHex(string text)
    {
        var s = text.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        PyException Invalid() => PyErr.ValueError("invalid hexadecimal floating-point string");
        int i = 0;
        bool neg = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        var rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return neg ? -PyFloat.QuietNaN : PyFloat.QuietNaN;
        if (rest.StartsWith("0x", StringComparison.Ordinal)) i += 2;
        BigInteger mant = 0;
        int digits = 0, fracDigits = 0;
        bool seenDot = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.')
            {
                if (seenDot) throw Invalid();
                seenDot = true;
                continue;
            }
            int d = c switch { >= '0' and <= '9' => c - '0', >= 'a' and <= 'f' => c - 'a' + 10, >= 'A' and <= 'F' => c - 'A' + 10, _ => -1 };
            if (d < 0) break;
            mant = mant * 16 + d;
            digits++;
            if (seenDot) fracDigits++;
        }
        if (digits == 0) throw Invalid();
        long exp = 0;
        if (i < s.Length && (s[i] == 'p' || s[i] == 'P'))
        {
            i++;
            bool eneg = false;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) { eneg = s[i] == '-'; i++; }
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                if (exp < 1_000_000_000) exp = exp * 10 + (s[i] - '0');
                i++;
            }
            if (i == start) throw Invalid();
            if (eneg) exp = -exp;
        }
        if (i != s.Length) throw Invalid();
        exp -= 4L * fracDigits;
        double r = ScaleExact(mant, exp);
        return neg ? -r : r;
    }

    /// <summary>mant * 2^exp correctly rounded (half to even), with OverflowError past the largest double.</summary>
    private static double ScaleExact(BigInteger mant, long exp)
    {
        if (mant.IsZero) return 0;
        long bitLen = (long)mant.GetBitLength();
        long top = bitLen + exp;   // value is in [2^(top-1), 2^top)
        if (top > 1024) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        if (top < -1074) return 0;
        // Keep 53 significant bits, or fewer for subnormals (whose last bit is worth 2^-1074).
        long lsb = Math.Max(top - 53, -1074);
        long shift = lsb - exp;
        BigInteger q = mant;
        if (shift > 0)
        {
            q = mant >> (int)shift;
            var rem = mant - (q << (int)shift);
            var half = BigInteger.One << (int)(shift - 1);
            if (rem > half || (rem == half && !q.IsEven)) q += 1;
        }
        else if (shift < 0) q <<= (int)-shift;
        double r = Math.ScaleB((double)q, (int)lsb);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        return r;
    }
}
