using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

/// <summary>Python int: <see cref="PyInt"/> (64-bit), <see cref="PyBigInt"/> (beyond) and <see cref="PyBool"/>.</summary>
public abstract class PyIntegral : PyObject
{
    public abstract BigInteger ToBig();
}

/// <summary>An int that fits in 64 bits: the fast path of all integer arithmetic.</summary>
public sealed class PyInt : PyIntegral
{
    public readonly long Value;
    private const int CacheMin = -5, CacheMax = 1024;
    private static readonly PyInt[] Cache = MakeCache();

    private PyInt(long v) { Value = v; }

    private static PyInt[] MakeCache()
    {
        var c = new PyInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < c.Length; i++) c[i] = new PyInt(i + CacheMin);
        return c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Get(long v) => (ulong)(v - CacheMin) <= CacheMax - CacheMin ? Cache[v - CacheMin] : new PyInt(v);

    /// <summary>Normalizes: a PyInt when the value fits in 64 bits, else a PyBigInt.</summary>
    public static PyIntegral From(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? Get((long)v) : new PyBigInt(v);

    public static readonly PyInt Zero = Get(0), One = Get(1);

    public override PyType Type => TypeObjects.Int;
    public override BigInteger ToBig() => Value;
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An int outside the 64-bit range (always normalized: never fits in a long).</summary>
public sealed class PyBigInt : PyIntegral
{
    public readonly BigInteger Value;
    public PyBigInt(BigInteger v) { Value = v; }
    public override PyType Type => TypeObjects.Int;
    public override BigInteger ToBig() => Value;
    public override string ToString() => IntFormat.ToDecimalSigned(Value);
}

public sealed class PyBool : PyIntegral
{
    public static readonly PyBool True = new(true), False = new(false);
    public readonly bool Value;
    private PyBool(bool v) { Value = v; }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyBool Of(bool v) => v ? True : False;
    public override PyType Type => TypeObjects.Bool;
    public override BigInteger ToBig() => Value ? BigInteger.One : BigInteger.Zero;
    public override string ToString() => Value ? "True" : "False";
}

public sealed class PyFloat : PyObject
{
    /// <summary>The NaN CPython's float('nan') is: sign bit clear (.NET's double.NaN has it set,
    /// which struct.pack and math.copysign would show).</summary>
    public static readonly double QuietNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    public readonly double Value;
    public PyFloat(double v) { Value = v; }
    public override PyType Type => TypeObjects.Float;
    public override string ToString() => FloatFormat.Repr(Value);
}

public sealed class PyComplex : PyObject
{
    public readonly double Real, Imag;
    public PyComplex(double re, double im) { Real = re; Imag = im; }
    public override PyType Type => TypeObjects.Complex;
    public override string ToString() => FloatFormat.ComplexRepr(Real, Imag);
}

/// <summary>CPython's float repr: the shortest string that round-trips, laid out as `repr(float)` does.</summary>
public static class FloatFormat
{
    public static string Repr(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsPositiveInfinity(v)) return "inf";
        if (double.IsNegativeInfinity(v)) return "-inf";
        if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
        var (neg, digits, exp) = ShortestDigits(v);
        // exp: the decimal exponent of the first digit (value = 0.d1d2... * 10^(exp+1)).
        string body;
        if (exp < -4 || exp >= 16)
        {
            var mant = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            body = mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (exp < 0)
        {
            body = "0." + new string('0', -exp - 1) + digits;
        }
        else if (digits.Length <= exp + 1)
        {
            body = digits + new string('0', exp + 1 - digits.Length) + ".0";
        }
        else
        {
            body = digits[..(exp + 1)] + "." + digits[(exp + 1)..];
        }
        return neg ? "-" + body : body;
    }

    /// <summary>The shortest round-trip significant digits of |v| and the exponent of the first digit.</summary>
    public static (bool neg, string digits, int exp) ShortestDigits(double v)
    {
        // "R" gives the shortest round-trip text; re-parse it to get digits and exponent.
        var s = v.ToString("R", CultureInfo.InvariantCulture);
        // .NET misses the asymmetric interval at some powers of two (2**-25 gives 16 digits that
        // do not round-trip); 17 correctly rounded digits always do.
        if ((BitConverter.DoubleToInt64Bits(v) & 0xFFFFFFFFFFFFFL) == 0 && double.Parse(s, CultureInfo.InvariantCulture) != v)
            s = v.ToString("E16", CultureInfo.InvariantCulture);
        bool neg = s[0] == '-';
        if (neg) s = s[1..];
        int e = 0;
        int ei = s.IndexOfAny(new[] { 'E', 'e' });
        if (ei >= 0)
        {
            e = int.Parse(s[(ei + 1)..], CultureInfo.InvariantCulture);
            s = s[..ei];
        }
        int dot = s.IndexOf('.');
        string intPart = dot >= 0 ? s[..dot] : s;
        string frac = dot >= 0 ? s[(dot + 1)..] : "";
        string all = intPart + frac;
        int exp = intPart.Length - 1 + e;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') { lead++; exp--; }
        all = all[lead..].TrimEnd('0');
        if (all.Length == 0) all = "0";
        return (neg, all, exp);
    }

    public static string ComplexRepr(double re, double im) => ComplexMethods.Repr(re, im);
}
