using System.Numerics;
using Pycc.Runtime;

namespace Pycc.Stdlib.Random;

/// <summary>The methods of `random.Random`, in the order CPython's random.py defines them.</summary>
public sealed partial class RandomModule
{
    private void DefineRandom(PyType t)
    {
        t.DefKw("__init__", (ctx, self, a, k) =>
        {
            var p = new ArgParser("Random.__init__", a, k, "x");
            Calls.CallMethod(ctx, self, "seed", p.Or(0, PyNone.Instance));
            return PyNone.Instance;
        });
        t.DefKw("seed", (ctx, self, a, k) =>
        {
            var p = new ArgParser("seed", a, k, "a", "version");
            Seed(ctx, self, p[0], p[1]);
            return PyNone.Instance;
        });
        _randomMethod = t.Def("random", (ctx, self) => new PyFloat(State(self).NextDouble()));
        _getrandbitsMethod = t.Def("getrandbits", GetRandBits);
        _randbelowMethod = t.Def("_randbelow", (ctx, self, n) => PyInt.From(RandBelow(ctx, self, Conversions.Index(ctx, n))));
        t.Def("getstate", (ctx, self) => GetState(self));
        t.Def("setstate", (ctx, self, state) => { SetState(ctx, self, state); return PyNone.Instance; });
        t.Def("__getstate__", (ctx, self) => GetState(self));
        t.Def("__setstate__", (ctx, self, state) => { SetState(ctx, self, state); return PyNone.Instance; });
        t.Def("randbytes", (ctx, self, nObj) =>
        {
            long n = Conversions.IndexToLong(ctx, nObj);
            if (n < 0) throw PyErr.ValueError("number of bits must be non-negative");
            var v = Conversions.Index(ctx, Calls.CallMethod(ctx, self, "getrandbits", PyInt.Get(n * 8)));
            var bytes = new byte[n];
            var raw = v.ToByteArray(isUnsigned: true, isBigEndian: false);
            Array.Copy(raw, bytes, Math.Min(raw.Length, bytes.Length));
            return new PyBytes(bytes);
        });
        t.DefKw("randrange", (ctx, self, a, k) =>
        {
            var p = new ArgParser("randrange", a, k, "start", "stop", "step");
            return PyInt.From(RandRange(ctx, self, p.Required(0, "start"), p.OrNull(1), p[2]));
        });
        t.Def("randint", (ctx, self, a, b) => PyInt.From(RandRange(ctx, self, a, PyInt.From(Conversions.Index(ctx, b) + 1), null)));
        t.Def("choice", (ctx, self, seq) =>
        {
            long n = Ops.Len(ctx, seq);
            if (n == 0) throw PyErr.IndexError("Cannot choose from an empty sequence");
            long i = RandBelowLong(ctx, self, n);
            return seq is PyList l && i < l.Count ? l.Items[i] : Ops.GetItem(ctx, seq, PyInt.Get(i));
        });
        t.Def("shuffle", (ctx, self, x) =>
        {
            long n = Ops.Len(ctx, x);
            for (long i = n - 1; i >= 1; i--)
            {
                long j = RandBelowLong(ctx, self, i + 1);
                if (x is PyList l && l.Count == n)
                    (l.Items[i], l.Items[j]) = (l.Items[j], l.Items[i]);
                else
                {
                    PyObject xi = Ops.GetItem(ctx, x, PyInt.Get(i)), xj = Ops.GetItem(ctx, x, PyInt.Get(j));
                    Ops.SetItem(ctx, x, PyInt.Get(i), xj);
                    Ops.SetItem(ctx, x, PyInt.Get(j), xi);
                }
            }
            return PyNone.Instance;
        });
        t.DefKw("sample", (ctx, self, a, k) =>
        {
            var p = new ArgParser("sample", a, k, 2, new[] { "population", "k", "counts" });
            return Sample(ctx, self, p.Required(0, "population"), p.Required(1, "k"), p.OrNull(2));
        });
        t.DefKw("choices", (ctx, self, a, k) =>
        {
            var p = new ArgParser("choices", a, k, 2, new[] { "population", "weights", "cum_weights", "k" });
            return Choices(ctx, self, p.Required(0, "population"), p.OrNull(1), p.OrNull(2), p[3] ?? PyInt.One);
        });
        t.Def("uniform", (ctx, self, a, b) =>
        {
            double x = Conversions.ToDouble(ctx, a), y = Conversions.ToDouble(ctx, b);
            return new PyFloat(x + (y - x) * Random01(ctx, self));
        });
        t.DefKw("triangular", (ctx, self, a, k) =>
        {
            var p = new ArgParser("triangular", a, k, "low", "high", "mode");
            double low = p[0] is { } l ? Conversions.ToDouble(ctx, l) : 0.0, high = p[1] is { } h ? Conversions.ToDouble(ctx, h) : 1.0;
            double u = Random01(ctx, self);
            if (high - low == 0) return new PyFloat(low);
            double c = p.OrNull(2) is { } mode ? (Conversions.ToDouble(ctx, mode) - low) / (high - low) : 0.5;
            if (u > c) { u = 1.0 - u; c = 1.0 - c; (low, high) = (high, low); }
            return new PyFloat(low + (high - low) * Math.Sqrt(u * c));
        });
        t.DefKw("normalvariate", (ctx, self, a, k) =>
        {
            var (mu, sigma) = MuSigma("normalvariate", ctx, a, k);
            return new PyFloat(Normal(ctx, self, mu, sigma));
        });
        t.DefKw("gauss", (ctx, self, a, k) =>
        {
            var (mu, sigma) = MuSigma("gauss", ctx, a, k);
            var mt = State(self);
            double? z = mt.GaussNext;
            mt.GaussNext = null;
            if (z == null)
            {
                double x2pi = Random01(ctx, self) * TwoPi;
                double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - Random01(ctx, self)));
                z = Math.Cos(x2pi) * g2rad;
                mt.GaussNext = Math.Sin(x2pi) * g2rad;
            }
            return new PyFloat(mu + z.Value * sigma);
        });
        t.Def("lognormvariate", (ctx, self, mu, sigma) =>
            new PyFloat(Math.Exp(Normal(ctx, self, Conversions.ToDouble(ctx, mu), Conversions.ToDouble(ctx, sigma)))));
        t.Def("expovariate", (ctx, self, lambd) =>
        {
            double l = Conversions.ToDouble(ctx, lambd);
            double u = Random01(ctx, self);
            if (l == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return new PyFloat(-Math.Log(1.0 - u) / l);
        });
        t.Def("vonmisesvariate", (ctx, self, muObj, kappaObj) =>
        {
            double mu = Conversions.ToDouble(ctx, muObj), kappa = Conversions.ToDouble(ctx, kappaObj);
            if (kappa <= 1e-6) return new PyFloat(TwoPi * Random01(ctx, self));
            double s = 0.5 / kappa, r = s + Math.Sqrt(1.0 + s * s), z;
            while (true)
            {
                z = Math.Cos(Math.PI * Random01(ctx, self));
                double d = z / (r + z);
                double u2 = Random01(ctx, self);
                if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.Exp(d)) break;
            }
            double q = 1.0 / r, f = (q + z) / (1.0 + q * z);
            double theta = Random01(ctx, self) > 0.5 ? FloatMod(mu + Math.Acos(f), TwoPi) : FloatMod(mu - Math.Acos(f), TwoPi);
            return new PyFloat(theta);
        });
        t.Def("gammavariate", (ctx, self, alpha, beta) =>
            new PyFloat(Gamma(ctx, self, Conversions.ToDouble(ctx, alpha), Conversions.ToDouble(ctx, beta))));
        t.Def("betavariate", (ctx, self, alphaObj, betaObj) =>
        {
            double y = Gamma(ctx, self, Conversions.ToDouble(ctx, alphaObj), 1.0);
            if (y == 0) return new PyFloat(0.0);
            return new PyFloat(y / (y + Gamma(ctx, self, Conversions.ToDouble(ctx, betaObj), 1.0)));
        });
        t.Def("paretovariate", (ctx, self, alpha) =>
        {
            double u = 1.0 - Random01(ctx, self);
            return new PyFloat(Math.Pow(u, -1.0 / Conversions.ToDouble(ctx, alpha)));
        });
        t.Def("weibullvariate", (ctx, self, alpha, beta) =>
        {
            double u = 1.0 - Random01(ctx, self);
            return new PyFloat(Conversions.ToDouble(ctx, alpha) * Math.Pow(-Math.Log(u), 1.0 / Conversions.ToDouble(ctx, beta)));
        });
    }

    private static (double mu, double sigma) MuSigma(string fn, PyContext ctx, PyObject[] a, string[]? k)
    {
        var p = new ArgParser(fn, a, k, "mu", "sigma");
        return (p[0] is { } m ? Conversions.ToDouble(ctx, m) : 0.0, p[1] is { } s ? Conversions.ToDouble(ctx, s) : 1.0);
    }

    private static double FloatMod(double a, double b)
    {
        double r = a % b;
        if (r != 0 && (r < 0) != (b < 0)) r += b;
        return r;
    }

    /// <summary>Kinderman and Monahan's ratio method, as normalvariate.</summary>
    private double Normal(PyContext ctx, PyObject self, double mu, double sigma)
    {
        double z;
        while (true)
        {
            double u1 = Random01(ctx, self);
            double u2 = 1.0 - Random01(ctx, self);
            z = NvMagic * (u1 - 0.5) / u2;
            if (z * z / 4.0 <= -Math.Log(u2)) break;
        }
        return mu + z * sigma;
    }

    private double Gamma(PyContext ctx, PyObject self, double alpha, double beta)
    {
        if (alpha <= 0.0 || beta <= 0.0) throw PyErr.ValueError("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0)
        {
            double ainv = Math.Sqrt(2.0 * alpha - 1.0), bbb = alpha - Log4, ccc = alpha + ainv;
            while (true)
            {
                double u1 = Random01(ctx, self);
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - Random01(ctx, self);
                double v = Math.Log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.Exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SgMagic - 4.5 * z >= 0.0 || r >= Math.Log(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -Math.Log(1.0 - Random01(ctx, self)) * beta;
        while (true)
        {
            double u = Random01(ctx, self);
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            double x = p <= 1.0 ? Math.Pow(p, 1.0 / alpha) : -Math.Log((b - p) / alpha);
            double u1 = Random01(ctx, self);
            if (p > 1.0 ? u1 <= Math.Pow(x, alpha - 1.0) : u1 <= Math.Exp(-x)) return x * beta;
        }
    }

    /// <summary>An argument of randrange as an int: integral floats are accepted (deprecated in 3.10), others refused.</summary>
    private static BigInteger RangeArg(PyContext ctx, PyObject o, string which)
    {
        if (o is PyFloat f)
        {
            if (f.Value != Math.Floor(f.Value) || double.IsInfinity(f.Value)) throw PyErr.ValueError($"non-integer {which} for randrange()");
            return new BigInteger(f.Value);
        }
        return Conversions.Index(ctx, o);
    }

    private BigInteger RandRange(PyContext ctx, PyObject self, PyObject start, PyObject? stop, PyObject? step)
    {
        var istart = RangeArg(ctx, start, "arg 1");
        if (stop == null)
        {
            if (step != null && !(step is PyIntegral s1 && s1.ToBig().IsOne)) throw PyErr.TypeError("Missing a non-None stop argument");
            if (istart > 0) return RandBelow(ctx, self, istart);
            throw PyErr.ValueError("empty range for randrange()");
        }
        var istop = RangeArg(ctx, stop, "stop");
        var istep = step == null ? BigInteger.One : RangeArg(ctx, step, "step");
        var width = istop - istart;
        if (istep.IsOne)
        {
            if (width > 0) return istart + RandBelow(ctx, self, width);
            throw PyErr.ValueError($"empty range for randrange() ({istart}, {istop}, {width})");
        }
        BigInteger n;
        if (istep > 0) n = BigInteger.Divide(width + istep - 1 - FloorAdjust(width + istep - 1, istep), istep);
        else if (istep < 0) n = BigInteger.Divide(width + istep + 1 - FloorAdjust(width + istep + 1, istep), istep);
        else throw PyErr.ValueError("zero step for randrange()");
        if (n <= 0) throw PyErr.ValueError("empty range for randrange()");
        return istart + istep * RandBelow(ctx, self, n);
    }

    /// <summary>The remainder that makes truncating division floor like Python's //.</summary>
    private static BigInteger FloorAdjust(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        return r != 0 && (r.Sign < 0) != (b.Sign < 0) ? r + b : r;
    }

    private PyObject Sample(PyContext ctx, PyObject self, PyObject population, PyObject kObj, PyObject? counts)
    {
        if (population is PySet or PyDict || population.Type.Lookup("__getitem__") == null)
            throw PyErr.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        long n = Ops.Len(ctx, population);
        if (counts != null)
        {
            var cum = new List<PyObject>();
            PyObject? acc = null;
            foreach (var c in Iteration.Enumerate(ctx, counts)) { acc = acc == null ? c : Ops.Add(ctx, acc, c); cum.Add(acc); }
            if (cum.Count != n) throw PyErr.ValueError("The number of counts does not match the population");
            var total = cum[^1];
            cum.RemoveAt(cum.Count - 1);
            if (total is not PyIntegral totalInt) throw PyErr.TypeError("Counts must be integers");
            if (totalInt.ToBig() <= 0) throw PyErr.ValueError("Total of counts must be greater than zero");
            var picks = SampleIndices(ctx, self, (long)totalInt.ToBig(), kObj);
            var result = new PyList(picks.Length);
            foreach (var s in picks)
            {
                int lo = 0, hi = cum.Count;
                var sv = PyInt.Get(s);
                while (lo < hi) { int mid = (lo + hi) / 2; if (Ops.CompareBool(ctx, sv, cum[mid], CompareOp.Lt)) hi = mid; else lo = mid + 1; }
                result.Append(Ops.GetItem(ctx, population, PyInt.Get(lo)));
            }
            return result;
        }
        var indices = SampleIndices(ctx, self, n, kObj);
        var list = new PyList(indices.Length);
        foreach (var j in indices)
            list.Append(population switch
            {
                PyList l => l.Items[j],
                PyTuple tu => tu.Items[j],
                _ => Ops.GetItem(ctx, population, PyInt.Get(j)),
            });
        return list;
    }

    /// <summary>The positions `sample` picks from a population of n, by CPython's two strategies (pool or set).</summary>
    private long[] SampleIndices(PyContext ctx, PyObject self, long n, PyObject kObj)
    {
        var kBig = Conversions.Index(ctx, kObj);
        if (kBig < 0 || kBig > n) throw PyErr.ValueError("Sample larger than population or is negative");
        int k = (int)kBig;
        var result = new long[k];
        long setsize = 21;
        if (k > 5) setsize += (long)Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Log4));
        if (n <= setsize)
        {
            var pool = new long[n];
            for (long i = 0; i < n; i++) pool[i] = i;
            for (int i = 0; i < k; i++)
            {
                long j = RandBelowLong(ctx, self, n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        }
        else
        {
            var selected = new HashSet<long>();
            for (int i = 0; i < k; i++)
            {
                long j = RandBelowLong(ctx, self, n);
                while (selected.Contains(j)) j = RandBelowLong(ctx, self, n);
                selected.Add(j);
                result[i] = j;
            }
        }
        return result;
    }

    private PyObject Choices(PyContext ctx, PyObject self, PyObject population, PyObject? weights, PyObject? cumWeights, PyObject kObj)
    {
        long n = Ops.Len(ctx, population);
        PyObject Pick(long i) => population is PyList l && i < l.Count ? l.Items[i] : Ops.GetItem(ctx, population, PyInt.Get(i));
        long k = Conversions.IndexToLong(ctx, kObj);
        var result = new PyList((int)Math.Max(0, Math.Min(k, 1 << 20)));
        if (cumWeights == null)
        {
            if (weights == null)
            {
                double nf = n;
                for (long i = 0; i < k; i++) result.Append(Pick((long)Math.Floor(Random01(ctx, self) * nf)));
                return result;
            }
            if (weights is PyIntegral kw && weights.Type.Lookup("__iter__") == null)
                throw PyErr.TypeError($"The number of choices must be a keyword argument: k={Ops.ReprString(ctx, kw)}");
            var acc = new List<PyObject>();
            PyObject? sum = null;
            foreach (var w in Iteration.Enumerate(ctx, weights)) { sum = sum == null ? w : Ops.Add(ctx, sum, w); acc.Add(sum); }
            cumWeights = new PyList(acc);
        }
        else if (weights != null) throw PyErr.TypeError("Cannot specify both weights and cumulative weights");
        var cum = Iteration.ToArray(ctx, cumWeights);
        if (cum.Length != n) throw PyErr.ValueError("The number of weights does not match the population");
        if (n == 0) throw PyErr.IndexError("list index out of range");
        double total = Conversions.ToDouble(ctx, Ops.Add(ctx, cum[^1], new PyFloat(0.0)));
        if (total <= 0.0) throw PyErr.ValueError("Total of weights must be greater than zero");
        if (!double.IsFinite(total)) throw PyErr.ValueError("Total of weights must be finite");
        var cumD = cum.Select(c => Conversions.ToDouble(ctx, c)).ToArray();
        long hi = n - 1;
        for (long i = 0; i < k; i++)
        {
            double x = Random01(ctx, self) * total;
            long lo = 0, h = hi;
            while (lo < h) { long mid = (lo + h) / 2; if (x < cumD[mid]) h = mid; else lo = mid + 1; }
            result.Append(Pick(lo));
        }
        return result;
    }
}
