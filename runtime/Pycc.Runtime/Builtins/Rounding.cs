namespace Pycc.Runtime;

/// <summary>round(): banker's rounding for ints and floats, exact like CPython.</summary>
public static class Rounding
{
    public static PyObject Round(PyContext ctx, PyObject number, PyObject? ndigits)
    {
        if (number is PyFloat f)
        {
            if (ndigits == null)
            {
                if (double.IsNaN(f.Value)) throw PyErr.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.Value)) throw PyErr.OverflowError("cannot convert float infinity to integer");
                return IntParsing.FromDouble(Math.Round(f.Value, MidpointRounding.ToEven));
            }
            long nd = Conversions.IndexToLong(ctx, ndigits);
            return new PyFloat(RoundDouble(f.Value, nd));
        }
        if (number is PyIntegral i)
        {
            if (ndigits == null) return i is PyBool b ? PyInt.Get(b.Value ? 1 : 0) : i;
            long nd = Conversions.IndexToLong(ctx, ndigits);
            if (nd >= 0) return i is PyBool b2 ? PyInt.Get(b2.Value ? 1 : 0) : i;
            var pow = System.Numerics.BigInteger.Pow(10, (int)Math.Min(-nd, 4000));
            var v = i.ToBig();
            var q = BuiltinOperators.FloorDivBig(v, pow);
            var r = v - q * pow;
            var twice = r * 2;
            if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
            return PyInt.From(q * pow);
        }
        var slot = number.Type.Lookup("__round__") ?? throw PyErr.TypeError($"type {number.Type.Name} doesn't define __round__ method");
        return ndigits == null ? Calls.CallDescriptor(ctx, slot, number) : Calls.CallDescriptor(ctx, slot, number, ndigits);
    }

    /// <summary>Rounds through the exact decimal expansion (as CPython's correctly rounded dtoa does).</summary>
    private static double RoundDouble(double x, long nd)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        if (nd > 323) return x;
        if (nd < -308) return 0.0 * Math.Sign(x);
        // Exact value of x as a fraction m * 2^e.
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp++; else mant |= 1L << 52;
        exp -= 1075;
        System.Numerics.BigInteger num = mant, den = 1;
        if (exp > 0) num <<= exp; else den <<= -exp;
        if (nd >= 0) num *= System.Numerics.BigInteger.Pow(10, (int)nd); else den *= System.Numerics.BigInteger.Pow(10, (int)-nd);
        var q = System.Numerics.BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        string digits = q.ToString();
        string text = nd >= 0 ? digits + "e-" + nd : digits + "e" + (-nd);
        double result = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return neg ? -result : result;
    }
}
