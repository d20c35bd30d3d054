namespace Pycc.Runtime;

/// <summary>
/// float ** and complex /, ** as CPython computes them (special cases first, then libm),
/// so results agree to the last bit and fail with the same errors.
/// </summary>
public static class NumberMath
{
    private static bool IsOddInteger(double x) => Math.Abs(x % 2.0) == 1.0;

    /// <summary>float_pow: a PyFloat, or a PyComplex for a negative base and a fractional exponent.</summary>
    public static PyObject FloatPow(double iv, double iw)
    {
        if (iw == 0) return new PyFloat(1.0);
        if (double.IsNaN(iv)) return new PyFloat(iv);
        if (double.IsNaN(iw)) return new PyFloat(iv == 1.0 ? 1.0 : iw);
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0) return new PyFloat(1.0);
            return new PyFloat((iw > 0.0) == (iv > 1.0) ? Math.Abs(iw) : 0.0);
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0.0) return new PyFloat(odd ? iv : Math.Abs(iv));
            return new PyFloat(odd ? Math.CopySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0)
        {
            if (iw < 0.0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(IsOddInteger(iw) ? iv : 0.0);
        }
        bool negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw)) return ComplexPow(iv, 0, iw, 0);
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0) return new PyFloat(negate ? -1.0 : 1.0);
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix)) throw PyErr.New(TypeObjects.OverflowError, PyInt.Get(34), new PyStr("Numerical result out of range"));
        return new PyFloat(negate ? -ix : ix);
    }

    /// <summary>_Py_c_quot: Smith's division, scaled by the larger part of the divisor.</summary>
    public static (double re, double im) Quot(double ar, double ai, double br, double bi)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0) throw PyErr.ZeroDivisionError("complex division by zero");
            double ratio = bi / br, denom = br + bi * ratio;
            return ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            return ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return (double.NaN, double.NaN);
    }

    private static (double, double) Prod(double ar, double ai, double br, double bi) => (ar * br - ai * bi, ar * bi + ai * br);

    /// <summary>complex_pow: repeated squaring for small integer exponents, polar form otherwise.</summary>
    public static PyComplex ComplexPow(double ar, double ai, double br, double bi)
    {
        double rr, ri;
        if (bi == 0.0 && br == Math.Floor(br) && Math.Abs(br) <= 100.0)
        {
            long n = (long)br;
            (rr, ri) = PowU(ar, ai, Math.Abs(n));
            if (n < 0) (rr, ri) = QuotOrDomain(1.0, 0.0, rr, ri);
        }
        else if (br == 0.0 && bi == 0.0) (rr, ri) = (1.0, 0.0);
        else if (ar == 0.0 && ai == 0.0)
        {
            if (bi != 0.0 || br < 0.0) throw PyErr.ZeroDivisionError("0.0 to a negative or complex power");
            (rr, ri) = (0.0, 0.0);
        }
        else
        {
            double vabs = Hypot(ar, ai);
            double len = Math.Pow(vabs, br);
            double at = Math.Atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0)
            {
                len /= Math.Exp(at * bi);
                phase += bi * Math.Log(vabs);
            }
            rr = len * Math.Cos(phase);
            ri = len * Math.Sin(phase);
        }
        if (double.IsInfinity(rr) || double.IsInfinity(ri)) throw PyErr.OverflowError("complex exponentiation");
        return new PyComplex(rr, ri);
    }

    private static (double, double) QuotOrDomain(double ar, double ai, double br, double bi)
    {
        if (Math.Abs(br) >= Math.Abs(bi) && br == 0.0) throw PyErr.ZeroDivisionError("0.0 to a negative or complex power");
        return Quot(ar, ai, br, bi);
    }

    private static (double, double) PowU(double xr, double xi, long n)
    {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) (rr, ri) = Prod(rr, ri, pr, pi);
            mask <<= 1;
            (pr, pi) = Prod(pr, pi, pr, pi);
        }
        return (rr, ri);
    }

    /// <summary>hypot without intermediate overflow, as C's hypot.</summary>
    public static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        double m = Math.Max(x, y), n = Math.Min(x, y);
        if (m == 0) return 0;
        double r = Math.Sqrt(x * x + y * y);
        if (!double.IsInfinity(r) && r != 0) return r;
        double q = n / m;
        return m * Math.Sqrt(1 + q * q);
    }
}
