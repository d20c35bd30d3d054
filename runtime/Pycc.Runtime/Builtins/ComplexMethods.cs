namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallComplex()
    {
        var t = TypeObjects.Complex;
        static PyComplex C(PyObject s) => (PyComplex)s;
        NumberMethods.InstallArithmetic(t, o => o is PyIntegral or PyFloat or PyComplex, new[] { BinaryOp.Add, BinaryOp.Sub, BinaryOp.Mul, BinaryOp.TrueDiv });
        t.Def("__format__", (ctx, s, spec) =>
        {
            var sp = Conversions.ToStr(spec, "format spec");
            if (sp.Length == 0) return Ops.Str(ctx, s);
            return new PyStr(NumberFormat.FormatComplex(C(s).Real, C(s).Imag, sp, s.Type.Name));
        });
        t.Def("__repr__", (ctx, s) => new PyStr(ComplexMethods.Repr(C(s).Real, C(s).Imag)));
        t.Def("__bool__", (ctx, s) => PyBool.Of(C(s).Real != 0 || C(s).Imag != 0));
        t.Def("__neg__", (ctx, s) => new PyComplex(-C(s).Real, -C(s).Imag));
        t.Def("__pos__", (ctx, s) => s is PyComplex ? s : new PyComplex(C(s).Real, C(s).Imag));
        t.Def("__abs__", (ctx, s) => new PyFloat(ComplexMethods.Abs(C(s).Real, C(s).Imag)));
        t.Def("__complex__", (ctx, s) => s is PyComplex ? s : new PyComplex(C(s).Real, C(s).Imag));
        t.Def("__getnewargs__", (ctx, s) => PyTuple.Of(new PyFloat(C(s).Real), new PyFloat(C(s).Imag)));
        t.Def("conjugate", (ctx, s) => new PyComplex(C(s).Real, -C(s).Imag));
        t.Property("real", (ctx, s) => new PyFloat(C(s).Real));
        t.Property("imag", (ctx, s) => new PyFloat(C(s).Imag));
        t.DefVar("__pow__", (ctx, s, a) =>
        {
            if (a.Length == 2 && a[1] is not PyNone) throw PyErr.ValueError("complex modulo");
            return BuiltinOperators.Binary(ctx, BinaryOp.Pow, s, Conversions.Unwrap(a[0])) ?? PySingleton.NotImplemented;
        });
    }
}

public static class ComplexMethods
{
    /// <summary>repr(complex): `(1+2j)`, `2j`, `(-0-0j)`, `(nan+infj)`, as CPython prints them.</summary>
    public static string Repr(double re, double im) => NumberFormat.FormatComplex(re, im, new FormatSpec { Align = '>' });

    /// <summary>abs(complex) with CPython's OverflowError when the result is not finite.</summary>
    public static double Abs(double re, double im)
    {
        if (double.IsInfinity(re) || double.IsInfinity(im)) return double.PositiveInfinity;
        if (double.IsNaN(re) || double.IsNaN(im)) return double.NaN;
        double r = Math.Sqrt(re * re + im * im);
        if (double.IsInfinity(r) || (r == 0 && (re != 0 || im != 0))) r = Hypot(re, im);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("absolute value too large");
        return r;
    }

    private static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        double m = Math.Max(x, y), n = Math.Min(x, y);
        if (m == 0) return 0;
        double q = n / m;
        return m * Math.Sqrt(1 + q * q);
    }
}
