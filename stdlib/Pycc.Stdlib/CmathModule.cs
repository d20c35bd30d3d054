using Pycc.Runtime;

namespace Pycc.Stdlib;

/// <summary>
/// The `cmath` module for finite arguments, with the formulas of CPython's cmathmodule.c
/// (scaled square root, log1p near the unit circle, Kahan's inverse functions), so results
/// agree to the last bit. Infinite and NaN parts follow IEEE arithmetic rather than CPython's
/// special-value tables (docs/differences.md).
/// </summary>
public static class CmathModule
{
    private const double Ln2 = 0.6931471805599453094, Ln10 = 2.302585092994045684;
    private static readonly double LargeDouble = double.MaxValue / 4;
    private static readonly double SqrtLargeDouble = Math.Sqrt(double.MaxValue / 4);
    private static readonly double LogLargeDouble = Math.Log(double.MaxValue / 4);
    private static readonly double SqrtDblMin = Math.Sqrt(2.2250738585072014e-308);
    private const double DblMin = 2.2250738585072014e-308;

    private readonly record struct C(double Re, double Im);

    public static PyModule Create(PyRuntime rt)
    {
        var m = new PyModule("cmath", rt.Builtins);
        m.Set("pi", new PyFloat(Math.PI));
        m.Set("e", new PyFloat(Math.E));
        m.Set("tau", new PyFloat(Math.Tau));
        m.Set("inf", new PyFloat(double.PositiveInfinity));
        m.Set("nan", new PyFloat(NativeMath.PositiveNaN));
        m.Set("infj", new PyComplex(0, double.PositiveInfinity));
        m.Set("nanj", new PyComplex(0, NativeMath.PositiveNaN));

        Unary(m, "sqrt", Sqrt);
        Unary(m, "exp", Exp);
        Unary(m, "log10", z => { var l = Log(z); return new C(l.Re / Ln10, l.Im / Ln10); });
        Unary(m, "cosh", Cosh);
        Unary(m, "sinh", Sinh);
        Unary(m, "tanh", Tanh);
        Unary(m, "cos", z => Cosh(new C(-z.Im, z.Re)));
        Unary(m, "sin", z => { var s = Sinh(new C(-z.Im, z.Re)); return new C(s.Im, -s.Re); });
        Unary(m, "tan", z => { var t = Tanh(new C(-z.Im, z.Re)); return new C(t.Im, -t.Re); });
        Unary(m, "asinh", Asinh);
        Unary(m, "asin", z => { var s = Asinh(new C(-z.Im, z.Re)); return new C(s.Im, -s.Re); });
        Unary(m, "acos", Acos);
        Unary(m, "acosh", Acosh);
        Unary(m, "atanh", Atanh);
        Unary(m, "atan", z => { var s = Atanh(new C(-z.Im, z.Re)); return new C(s.Im, -s.Re); });
        m.FnVar("log", (ctx, _, a) =>
        {
            if (a.Length is < 1 or > 2) throw PyErr.TypeError($"log expected at most 2 arguments, got {a.Length}");
            var l = Log(Arg(ctx, a[0]));
            if (a.Length == 2)
            {
                l = Divide(l, Log(Arg(ctx, a[1])));
            }
            return Result(l);
        });
        m.Fn("phase", (ctx, _, z) => { var c = Arg(ctx, z); return new PyFloat(Math.Atan2(c.Im, c.Re)); });
        m.Fn("polar", (ctx, _, z) =>
        {
            var c = Arg(ctx, z);
            double r = Hypot(c.Re, c.Im);
            if (double.IsInfinity(r) && double.IsFinite(c.Re) && double.IsFinite(c.Im)) throw PyErr.OverflowError("math range error");
            return PyTuple.Of(new PyFloat(r), new PyFloat(Math.Atan2(c.Im, c.Re)));
        });
        m.Fn("rect", (ctx, _, r, phi) =>
        {
            double rr = Conversions.ToDouble(ctx, r), p = Conversions.ToDouble(ctx, phi);
            if (double.IsInfinity(p) && double.IsFinite(rr) && rr != 0) throw PyErr.ValueError("math domain error");
            if (p == 0) return new PyComplex(rr, rr * p);
            return new PyComplex(rr * Math.Cos(p), rr * Math.Sin(p));
        });
        m.Fn("isfinite", (ctx, _, z) => { var c = Arg(ctx, z); return PyBool.Of(double.IsFinite(c.Re) && double.IsFinite(c.Im)); });
        m.Fn("isinf", (ctx, _, z) => { var c = Arg(ctx, z); return PyBool.Of(double.IsInfinity(c.Re) || double.IsInfinity(c.Im)); });
        m.Fn("isnan", (ctx, _, z) => { var c = Arg(ctx, z); return PyBool.Of(double.IsNaN(c.Re) || double.IsNaN(c.Im)); });
        m.FnKw("isclose", (ctx, _, args, kw) =>
        {
            var p = new ArgParser("isclose", args, kw, 2, new[] { "a", "b", "rel_tol", "abs_tol" });
            var a = Arg(ctx, p.Required(0, "a"));
            var b = Arg(ctx, p.Required(1, "b"));
            double rel = p[2] is { } r ? Conversions.ToDouble(ctx, r) : 1e-9, abs = p[3] is { } ab ? Conversions.ToDouble(ctx, ab) : 0;
            if (rel < 0 || abs < 0) throw PyErr.ValueError("tolerances must be non-negative");
            if (a == b) return PyBool.True;
            if (double.IsInfinity(a.Re) || double.IsInfinity(a.Im) || double.IsInfinity(b.Re) || double.IsInfinity(b.Im)) return PyBool.False;
            double diff = Hypot(a.Re - b.Re, a.Im - b.Im);
            return PyBool.Of(diff <= rel * Hypot(b.Re, b.Im) || diff <= rel * Hypot(a.Re, a.Im) || diff <= abs);
        });
        return m;
    }

    /// <summary>Complex division as CPython's _Py_c_quot does it (Smith's method, no overflow of |b|²).</summary>
    private static C Divide(C a, C b)
    {
        double absRe = Math.Abs(b.Re), absIm = Math.Abs(b.Im);
        if (absRe >= absIm)
        {
            if (absRe == 0) throw PyErr.ZeroDivisionError("complex division by zero");
            double ratio = b.Im / b.Re, denom = b.Re + b.Im * ratio;
            return new C((a.Re + a.Im * ratio) / denom, (a.Im - a.Re * ratio) / denom);
        }
        if (absIm >= absRe)
        {
            double ratio = b.Re / b.Im, denom = b.Re * ratio + b.Im;
            return new C((a.Re * ratio + a.Im) / denom, (a.Im * ratio - a.Re) / denom);
        }
        return new C(double.NaN, double.NaN);
    }

    private static void Unary(PyModule m, string name, Func<C, C> f) =>
        m.Fn(name, (ctx, _, z) => Result(f(Arg(ctx, z))));

    private static C Arg(PyContext ctx, PyObject o)
    {
        var v = Conversions.Unwrap(o);
        if (v is PyComplex c) return new C(c.Real, c.Imag);
        if (v is not (PyFloat or PyIntegral) && o.Type.Lookup("__complex__") is { } dunder)
        {
            var r = Calls.CallDescriptor(ctx, dunder, o);
            if (Conversions.Unwrap(r) is PyComplex rc) return new C(rc.Real, rc.Imag);
            throw PyErr.TypeError($"__complex__ returned non-complex (type {r.Type.Name})");
        }
        if (v is not (PyFloat or PyIntegral) && o.Type.Lookup("__float__") == null && o.Type.Lookup("__index__") == null)
            throw PyErr.TypeError($"must be real number, not {o.Type.Name}");
        return new C(Conversions.ToDouble(ctx, o), 0);
    }

    /// <summary>A result, with CPython's errors when finite input gave a non-finite part.</summary>
    private static PyObject Result(C z) => new PyComplex(z.Re, z.Im);

    private static double Hypot(double x, double y) => double.Hypot(x, y);

    private static PyException Domain() => PyErr.ValueError("math domain error");

    private static C Sqrt(C z)
    {
        if (z.Re == 0 && z.Im == 0) return new C(0, z.Im);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), s;
        if (ax < DblMin && ay < DblMin)
        {
            // Scale up subnormal parts so the hypotenuse keeps its precision.
            ax = Math.ScaleB(ax, 53);
            s = Math.ScaleB(Math.Sqrt(ax + Hypot(ax, Math.ScaleB(ay, 53))), -27);
        }
        else
        {
            ax /= 8;
            s = 2 * Math.Sqrt(ax + Hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return z.Re >= 0 ? new C(s, Math.CopySign(d, z.Im)) : new C(d, Math.CopySign(s, z.Im));
    }

    private static C Exp(C z)
    {
        double re, im;
        if (z.Re > LogLargeDouble)
        {
            double l = Math.Exp(z.Re - 1);
            re = l * Math.Cos(z.Im) * Math.E;
            im = l * Math.Sin(z.Im) * Math.E;
        }
        else
        {
            double l = Math.Exp(z.Re);
            re = l * Math.Cos(z.Im);
            im = l * Math.Sin(z.Im);
        }
        if ((double.IsInfinity(re) || double.IsInfinity(im)) && double.IsFinite(z.Re) && double.IsFinite(z.Im)) throw PyErr.OverflowError("math range error");
        return new C(re, im);
    }

    private static C Log(C z)
    {
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), re;
        if (ax > LargeDouble || ay > LargeDouble) re = Math.Log(Hypot(ax / 2, ay / 2)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax == 0 && ay == 0) throw Domain();
            re = Math.Log(Hypot(Math.ScaleB(ax, 53), Math.ScaleB(ay, 53))) - 53 * Ln2;
        }
        else
        {
            double h = Hypot(ax, ay);
            if (h >= 0.71 && h <= 1.73)
            {
                double am = Math.Max(ax, ay), an = Math.Min(ax, ay);
                re = LogOnePlus((am - 1) * (am + 1) + an * an) / 2;
            }
            else re = Math.Log(h);
        }
        return new C(re, Math.Atan2(z.Im, z.Re));
    }

    private static double LogOnePlus(double x) => NativeMath.Log1p(x);

    private static C Cosh(C z)
    {
        double re, im;
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            double xm1 = z.Re - Math.CopySign(1, z.Re);
            re = Math.Cos(z.Im) * Math.Cosh(xm1) * Math.E;
            im = Math.Sin(z.Im) * Math.Sinh(xm1) * Math.E;
        }
        else
        {
            re = Math.Cos(z.Im) * Math.Cosh(z.Re);
            im = Math.Sin(z.Im) * Math.Sinh(z.Re);
        }
        if ((double.IsInfinity(re) || double.IsInfinity(im)) && double.IsFinite(z.Re) && double.IsFinite(z.Im)) throw PyErr.OverflowError("math range error");
        return new C(re, im);
    }

    private static C Sinh(C z)
    {
        double re, im;
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            double xm1 = z.Re - Math.CopySign(1, z.Re);
            re = Math.Cos(z.Im) * Math.Sinh(xm1) * Math.E;
            im = Math.Sin(z.Im) * Math.Cosh(xm1) * Math.E;
        }
        else
        {
            re = Math.Cos(z.Im) * Math.Sinh(z.Re);
            im = Math.Sin(z.Im) * Math.Cosh(z.Re);
        }
        if ((double.IsInfinity(re) || double.IsInfinity(im)) && double.IsFinite(z.Re) && double.IsFinite(z.Im)) throw PyErr.OverflowError("math range error");
        return new C(re, im);
    }

    private static C Tanh(C z)
    {
        if (Math.Abs(z.Re) > SqrtLargeDouble)
            return new C(Math.CopySign(1, z.Re), 4 * Math.Sin(z.Im) * Math.Cos(z.Im) * Math.Exp(-2 * Math.Abs(z.Re)));
        double tx = Math.Tanh(z.Re), ty = Math.Tan(z.Im), cx = 1 / Math.Cosh(z.Re);
        double txty = tx * ty, denom = 1 + txty * txty;
        return new C(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    private static C Asinh(C z)
    {
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            double re = z.Im >= 0 ? Math.CopySign(Math.Log(Hypot(z.Re / 2, z.Im / 2)) + Ln2 * 2, z.Re)
                : -Math.CopySign(Math.Log(Hypot(z.Re / 2, z.Im / 2)) + Ln2 * 2, -z.Re);
            return new C(re, Math.Atan2(z.Im, Math.Abs(z.Re)));
        }
        var s1 = Sqrt(new C(1 + z.Im, -z.Re));
        var s2 = Sqrt(new C(1 - z.Im, z.Re));
        return new C(Math.Asinh(s1.Re * s2.Im - s2.Re * s1.Im), Math.Atan2(z.Im, s1.Re * s2.Re - s1.Im * s2.Im));
    }

    private static C Acos(C z)
    {
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            double re = Math.Atan2(Math.Abs(z.Im), z.Re);
            double im = z.Re < 0 ? -Math.CopySign(Math.Log(Hypot(z.Re / 2, z.Im / 2)) + Ln2 * 2, z.Im)
                : Math.CopySign(Math.Log(Hypot(z.Re / 2, z.Im / 2)) + Ln2 * 2, -z.Im);
            return new C(re, im);
        }
        var s1 = Sqrt(new C(1 - z.Re, -z.Im));
        var s2 = Sqrt(new C(1 + z.Re, z.Im));
        return new C(2 * Math.Atan2(s1.Re, s2.Re), Math.Asinh(s2.Re * s1.Im - s2.Im * s1.Re));
    }

    private static C Acosh(C z)
    {
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
            return new C(Math.Log(Hypot(z.Re / 2, z.Im / 2)) + Ln2 * 2, Math.Atan2(z.Im, z.Re));
        var s1 = Sqrt(new C(z.Re - 1, z.Im));
        var s2 = Sqrt(new C(z.Re + 1, z.Im));
        return new C(Math.Asinh(s1.Re * s2.Re + s1.Im * s2.Im), 2 * Math.Atan2(s1.Im, s2.Re));
    }

    private static C Atanh(C z)
    {
        if (z.Re < 0)
        {
            var r = Atanh(new C(-z.Re, -z.Im));
            return new C(-r.Re, -r.Im);
        }
        double ay = Math.Abs(z.Im);
        if (z.Re > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            double h = Hypot(z.Re / 2, z.Im / 2);
            return new C(z.Re / 4 / h / h, -Math.CopySign(Math.PI / 2, -z.Im));
        }
        if (z.Re == 1 && ay < SqrtDblMin)
        {
            if (ay == 0) throw Domain();
            return new C(-Math.Log(Math.Sqrt(ay) / Math.Sqrt(Hypot(ay, 2))), Math.CopySign(Math.Atan2(2, -ay) / 2, z.Im));
        }
        return new C(LogOnePlus(4 * z.Re / ((1 - z.Re) * (1 - z.Re) + ay * ay)) / 4, -Math.Atan2(-2 * z.Im, (1 - z.Re) * (1 + z.Re) - ay * ay) / 2);
    }
}
