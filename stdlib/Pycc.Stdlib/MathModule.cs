using System.Numerics;
using Pycc.Runtime;

namespace Pycc.Stdlib;

/// <summary>The `math` module on .NET's Math, with CPython's domain errors.</summary>
public static class MathModule
{
    public static PyModule Create(PyRuntime rt)
    {
        var m = new PyModule("math", rt.Builtins);
        m.Set("pi", new PyFloat(Math.PI));
        m.Set("e", new PyFloat(Math.E));
        m.Set("tau", new PyFloat(Math.Tau));
        m.Set("inf", new PyFloat(double.PositiveInfinity));
        m.Set("nan", new PyFloat(NativeMath.PositiveNaN));

        Unary(m, "sqrt", x => x < 0 ? throw Domain() : Math.Sqrt(x));
        Unary(m, "exp", x => Checked(Math.Exp(x), x));
        Unary(m, "expm1", x => Checked(x == 0 ? x : Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Math.Exp(x) - 1, x));
        Unary(m, "sin", x => double.IsInfinity(x) ? throw Domain() : Math.Sin(x));
        Unary(m, "cos", x => double.IsInfinity(x) ? throw Domain() : Math.Cos(x));
        Unary(m, "tan", x => double.IsInfinity(x) ? throw Domain() : Math.Tan(x));
        Unary(m, "asin", x => x < -1 || x > 1 ? throw Domain() : Math.Asin(x));
        Unary(m, "acos", x => x < -1 || x > 1 ? throw Domain() : Math.Acos(x));
        Unary(m, "atan", Math.Atan);
        Unary(m, "sinh", x => Checked(Math.Sinh(x), x));
        Unary(m, "cosh", x => Checked(Math.Cosh(x), x));
        Unary(m, "tanh", Math.Tanh);
        Unary(m, "asinh", Math.Asinh);
        Unary(m, "acosh", x => x < 1 ? throw Domain() : Math.Acosh(x));
        Unary(m, "atanh", x => x <= -1 || x >= 1 ? throw Domain() : Math.Atanh(x));
        Unary(m, "log2", x => x <= 0 ? throw Domain() : Math.Log2(x));
        Unary(m, "log10", x => x <= 0 ? throw Domain() : Math.Log10(x));
        Unary(m, "log1p", x => x <= -1 ? throw Domain() : NativeMath.Log1p(x));
        Unary(m, "fabs", Math.Abs);
        Unary(m, "degrees", x => x * (180.0 / Math.PI));
        Unary(m, "radians", x => x * (Math.PI / 180.0));
        Unary(m, "erf", Erf);
        Unary(m, "erfc", x => 1 - Erf(x));
        Unary(m, "gamma", x => x <= 0 && x == Math.Floor(x) ? throw Domain() : Gamma(x));
        Unary(m, "lgamma", x => x <= 0 && x == Math.Floor(x) ? throw Domain() : Math.Log(Math.Abs(Gamma(x))));
        m.Fn("atan2", (ctx, _, y, x) => new PyFloat(Math.Atan2(Conversions.ToDouble(ctx, y), Conversions.ToDouble(ctx, x))));
        m.FnVar("hypot", (ctx, _, a) =>
        {
            double acc = 0;
            foreach (var x in a) { var d = Conversions.ToDouble(ctx, x); acc = Math.Sqrt(acc * acc + d * d); }
            return new PyFloat(acc);
        });
        m.Fn("pow", (ctx, _, x, y) =>
        {
            double a = Conversions.ToDouble(ctx, x), b = Conversions.ToDouble(ctx, y);
            if (a == 0 && b < 0) throw Domain();
            if (a < 0 && b != Math.Floor(b) && !double.IsInfinity(b)) throw Domain();
            return new PyFloat(Checked(Math.Pow(a, b), a + b));
        });
        m.Fn("fmod", (ctx, _, x, y) =>
        {
            double a = Conversions.ToDouble(ctx, x), b = Conversions.ToDouble(ctx, y);
            if (b == 0 || double.IsInfinity(a)) throw Domain();
            return new PyFloat(a % b);
        });
        m.Fn("remainder", (ctx, _, x, y) =>
        {
            double a = Conversions.ToDouble(ctx, x), b = Conversions.ToDouble(ctx, y);
            if (double.IsNaN(a) || double.IsNaN(b)) return new PyFloat(double.NaN);
            if (double.IsInfinity(a) || b == 0) throw Domain();
            return new PyFloat(Math.IEEERemainder(a, b));
        });
        m.Fn("copysign", (ctx, _, x, y) => new PyFloat(Math.CopySign(Conversions.ToDouble(ctx, x), Conversions.ToDouble(ctx, y))));
        m.FnVar("log", (ctx, _, a) =>
        {
            if (a.Length is < 1 or > 2) throw PyErr.TypeError($"log expected 1 or 2 arguments, got {a.Length}");
            double Ln(PyObject o)
            {
                if (o is PyIntegral i)
                {
                    var big = i.ToBig();
                    if (big.Sign <= 0) throw Domain();
                    return BigInteger.Log(big);
                }
                var d = Conversions.ToDouble(ctx, o);
                if (d <= 0) throw Domain();
                return Math.Log(d);
            }
            var r = Ln(a[0]);
            if (a.Length == 2)
            {
                var b = Ln(a[1]);
                if (b == 0) throw PyErr.ZeroDivisionError("float division by zero");
                r /= b;
            }
            return new PyFloat(r);
        });
        m.Fn("floor", (ctx, _, x) => Rounded(ctx, x, "__floor__", Math.Floor));
        m.Fn("ceil", (ctx, _, x) => Rounded(ctx, x, "__ceil__", Math.Ceiling));
        m.Fn("trunc", (ctx, _, x) => Rounded(ctx, x, "__trunc__", Math.Truncate));
        m.Fn("isnan", (ctx, _, x) => PyBool.Of(double.IsNaN(Conversions.ToDouble(ctx, x))));
        m.Fn("isinf", (ctx, _, x) => PyBool.Of(double.IsInfinity(Conversions.ToDouble(ctx, x))));
        m.Fn("isfinite", (ctx, _, x) => PyBool.Of(double.IsFinite(Conversions.ToDouble(ctx, x))));
        m.FnKw("isclose", (ctx, _, args, kw) =>
        {
            var p = new ArgParser("isclose", args, kw, 2, new[] { "a", "b", "rel_tol", "abs_tol" });
            double a = Conversions.ToDouble(ctx, p.Required(0, "a")), b = Conversions.ToDouble(ctx, p.Required(1, "b"));
            double rel = p[2] is { } r ? Conversions.ToDouble(ctx, r) : 1e-9, abs = p[3] is { } ab ? Conversions.ToDouble(ctx, ab) : 0;
            if (rel < 0 || abs < 0) throw PyErr.ValueError("tolerances must be non-negative");
            if (a == b) return PyBool.True;
            if (double.IsInfinity(a) || double.IsInfinity(b)) return PyBool.False;
            double diff = Math.Abs(b - a);
            return PyBool.Of(diff <= Math.Abs(rel * b) || diff <= Math.Abs(rel * a) || diff <= abs);
        });
        m.Fn("factorial", (ctx, _, x) =>
        {
            if (x is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            var n = Conversions.Index(ctx, x);
            if (n.Sign < 0) throw PyErr.ValueError("factorial() not defined for negative values");
            BigInteger r = BigInteger.One;
            for (BigInteger i = 2; i <= n; i++) r *= i;
            return PyInt.From(r);
        });
        m.FnVar("gcd", (ctx, _, a) =>
        {
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, Conversions.Index(ctx, x));
            return PyInt.From(g);
        });
        m.FnVar("lcm", (ctx, _, a) =>
        {
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(Conversions.Index(ctx, x));
                if (v.IsZero) return PyInt.Zero;
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        });
        m.Fn("isqrt", (ctx, _, x) =>
        {
            var n = Conversions.Index(ctx, x);
            if (n.Sign < 0) throw PyErr.ValueError("isqrt() argument must be nonnegative");
            if (n.IsZero) return PyInt.Zero;
            // A double estimate when n fits, refined by Newton steps (which converge from above).
            var r = n < new BigInteger(1e300) ? (BigInteger)Math.Sqrt((double)n) : BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
            if (r * r > n)
                for (var next = (r + n / r) / 2; next < r; next = (r + n / r) / 2) r = next;
            while (r * r > n) r--;
            while ((r + 1) * (r + 1) <= n) r++;
            return PyInt.From(r);
        });
        m.Fn("comb", (ctx, _, nObj, kObj) =>
        {
            var n = Conversions.Index(ctx, nObj);
            var k = Conversions.Index(ctx, kObj);
            if (n.Sign < 0 || k.Sign < 0) throw PyErr.ValueError(n.Sign < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
            if (k > n) return PyInt.Zero;
            if (k > n - k) k = n - k;
            BigInteger r = 1;
            for (BigInteger i = 1; i <= k; i++) r = r * (n - k + i) / i;
            return PyInt.From(r);
        });
        m.FnVar("perm", (ctx, _, a) =>
        {
            var n = Conversions.Index(ctx, a[0]);
            var k = a.Length > 1 && a[1] is not PyNone ? Conversions.Index(ctx, a[1]) : n;
            if (n.Sign < 0 || k.Sign < 0) throw PyErr.ValueError(n.Sign < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
            if (k > n) return PyInt.Zero;
            BigInteger r = 1;
            for (BigInteger i = 0; i < k; i++) r *= n - i;
            return PyInt.From(r);
        });
        m.FnKw("prod", (ctx, _, args, kw) =>
        {
            var p = new ArgParser("prod", args, kw, 1, new[] { "iterable", "start" });
            PyObject acc = p[1] ?? PyInt.One;
            foreach (var x in Iteration.Enumerate(ctx, p.Required(0, "iterable"))) acc = Ops.Mul(ctx, acc, x);
            return acc;
        });
        m.Fn("fsum", (ctx, _, it) => new PyFloat(FSum(ctx, it)));
        m.Fn("nextafter", (ctx, _, x, y) => new PyFloat(NextAfter(Conversions.ToDouble(ctx, x), Conversions.ToDouble(ctx, y))));
        m.Fn("ulp", (ctx, _, x) => new PyFloat(Ulp(Conversions.ToDouble(ctx, x))));
        Unary(m, "cbrt", Math.Cbrt);
        Unary(m, "exp2", x => Checked(Math.Pow(2, x), x));
        m.Fn("modf", (ctx, _, x) =>
        {
            double d = Conversions.ToDouble(ctx, x);
            double ip = Math.Truncate(d);
            return PyTuple.Of(new PyFloat(double.IsInfinity(d) ? Math.CopySign(0, d) : d - ip), new PyFloat(ip));
        });
        m.Fn("frexp", (ctx, _, x) =>
        {
            double d = Conversions.ToDouble(ctx, x);
            if (d == 0 || double.IsNaN(d) || double.IsInfinity(d)) return PyTuple.Of(new PyFloat(d), PyInt.Zero);
            int e = (int)Math.Floor(Math.Log2(Math.Abs(d))) + 1;
            double mant = d / Math.Pow(2, e);
            if (Math.Abs(mant) >= 1) { mant /= 2; e++; }
            if (Math.Abs(mant) < 0.5) { mant *= 2; e--; }
            return PyTuple.Of(new PyFloat(mant), PyInt.Get(e));
        });
        m.Fn("ldexp", (ctx, _, x, i) => new PyFloat(Checked(Math.ScaleB(Conversions.ToDouble(ctx, x), (int)Conversions.IndexToLong(ctx, i)), 0)));
        m.FnKw("dist", (ctx, _, args, kw) =>
        {
            var p = Iteration.ToArray(ctx, args[0]);
            var q = Iteration.ToArray(ctx, args[1]);
            if (p.Length != q.Length) throw PyErr.ValueError("both points must have the same number of dimensions");
            double acc = 0;
            for (int i = 0; i < p.Length; i++) { var d = Conversions.ToDouble(ctx, p[i]) - Conversions.ToDouble(ctx, q[i]); acc += d * d; }
            return new PyFloat(Math.Sqrt(acc));
        });
        return m;
    }

    /// <summary>Shewchuk's exact partial sums, rounded once with CPython's half-even correction.</summary>
    private static double FSum(PyContext ctx, PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        foreach (var o in Iteration.Enumerate(ctx, iterable))
        {
            double x = Conversions.ToDouble(ctx, o);
            if (!double.IsFinite(x))
            {
                // Infinities and NaNs are summed apart; a NaN or inf - inf ends as NaN below.
                if (double.IsInfinity(x)) infSum += x;
                specialSum += x;
                partials.Clear();
                continue;
            }
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y, lo = y - (hi - x);
                if (lo != 0) partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            if (!double.IsFinite(x)) throw PyErr.OverflowError("intermediate overflow in fsum");
            partials.Add(x);
        }
        if (specialSum != 0 || double.IsNaN(specialSum))
        {
            if (double.IsNaN(infSum)) throw PyErr.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        int n = partials.Count;
        if (n == 0) return 0.0;
        double sumHi = partials[--n], sumLo = 0;
        while (n > 0)
        {
            double x = sumHi, y = partials[--n];
            sumHi = x + y;
            sumLo = y - (sumHi - x);
            if (sumLo != 0) break;
        }
        if (n > 0 && ((sumLo < 0 && partials[n - 1] < 0) || (sumLo > 0 && partials[n - 1] > 0)))
        {
            double y = sumLo * 2, x = sumHi + y;
            if (y == x - sumHi) sumHi = x;
        }
        return sumHi;
    }

    private static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (x == y) return y;
        if (x == 0) return Math.CopySign(double.Epsilon, y);
        return (y > x) == (x > 0) ? Math.BitIncrement(Math.Abs(x)) * Math.Sign(x) : Math.BitDecrement(Math.Abs(x)) * Math.Sign(x);
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double next = Math.BitIncrement(x);
        if (double.IsInfinity(next)) return x - Math.BitDecrement(x);
        return next - x;
    }

    private static void Unary(PyModule m, string name, Func<double, double> f) =>
        m.Fn(name, (ctx, _, x) => new PyFloat(f(Conversions.ToDouble(ctx, x))));

    private static PyException Domain() => PyErr.ValueError("math domain error");

    private static double Checked(double r, double input)
    {
        if (double.IsInfinity(r) && !double.IsInfinity(input)) throw PyErr.OverflowError("math range error");
        return r;
    }

    private static PyObject Rounded(PyContext ctx, PyObject x, string dunder, Func<double, double> f)
    {
        if (x is PyIntegral i) return i is PyBool b ? PyInt.Get(b.Value ? 1 : 0) : i;
        if (x is not PyFloat && x.Type.Lookup(dunder) is { } slot) return Calls.CallDescriptor(ctx, slot, x);
        return IntParsing.FromDouble(f(Conversions.ToDouble(ctx, x)));
    }

    private static double Erf(double x)
    {
        // Abramowitz–Stegun 7.1.26 is too coarse; use the series / continued fraction split.
        if (Math.Abs(x) < 2.5)
        {
            double sum = x, term = x, x2 = x * x;
            for (int n = 1; n < 200; n++)
            {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum)) break;
            }
            return 2 / Math.Sqrt(Math.PI) * sum;
        }
        double ax = Math.Abs(x);
        double cf = 0;
        for (int n = 60; n >= 1; n--) cf = n / 2.0 / (ax + cf);
        double erfc = Math.Exp(-ax * ax) / Math.Sqrt(Math.PI) / (ax + cf);
        return x > 0 ? 1 - erfc : erfc - 1;
    }

    private static double Gamma(double x)
    {
        if (x == Math.Floor(x) && x > 0 && x < 171)
        {
            double r = 1;
            for (int i = 2; i < x; i++) r *= i;
            return r;
        }
        if (x < 0.5) return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        // Lanczos approximation (g = 7, n = 9).
        double[] c = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7 };
        x -= 1;
        double a = c[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += c[i] / (x + i);
        var result = Math.Sqrt(2 * Math.PI) * Math.Pow(t, x + 0.5) * Math.Exp(-t) * a;
        if (double.IsInfinity(result)) throw PyErr.OverflowError("math range error");
        return result;
    }
}
