using System.Numerics;
using System.Security.Cryptography;
using Pycc.Runtime;

namespace Pycc.Stdlib.Random;

/// <summary>
/// The `random` module. `Random` is an ordinary (subclassable) class whose instances carry a
/// <see cref="MersenneTwister"/>; every method follows CPython 3.11's algorithm step by step so
/// that the same seed gives the same values. When a subclass overrides `random` or
/// `getrandbits`, the methods built on them call the override, as CPython's do.
/// </summary>
public sealed partial class RandomModule
{
    private const double TwoPi = 2.0 * Math.PI;
    private static readonly double NvMagic = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
    private static readonly double SgMagic = 1.0 + Math.Log(4.5);
    private static readonly double Log4 = Math.Log(4.0);

    private readonly PyType _random;
    private PyBuiltin _randomMethod = null!, _getrandbitsMethod = null!, _randbelowMethod = null!;

    private RandomModule(PyType randomClass) { _random = randomClass; }

    public static PyModule Create(PyRuntime rt)
    {
        var ctx = PyContext.Current;
        var m = new PyModule("random", rt.Builtins);
        var ns = new PyDict();
        ns.SetStr("__module__", new PyStr("random"));
        ns.SetStr("VERSION", PyInt.Get(3));
        var cls = Classes.CreateType(ctx, TypeObjects.Type, "Random", Array.Empty<PyObject>(), ns, new PyDict());
        var mod = new RandomModule(cls);
        mod.DefineRandom(cls);
        var system = mod.DefineSystemRandom(ctx, cls);
        PyType.InvalidateCaches();

        m.Set("Random", cls);
        m.Set("SystemRandom", system);
        var inst = cls.Call0(ctx);
        foreach (var name in new[] { "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle",
                     "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss",
                     "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes" })
            m.Set(name, ((PyBuiltin)cls.Dict.GetStr(name)!).Bind(inst));
        m.Set("_inst", inst);
        return m;
    }

    // ------------------------------------------------------------ the generator behind an instance

    private static MersenneTwister State(PyObject self)
    {
        if (self is not PyInstance inst) throw PyErr.TypeError($"descriptor for 'Random' objects doesn't apply to a '{self.Type.Name}' object");
        if (inst.Native is MersenneTwister mt) return mt;
        // A subclass whose __init__ did not call Random.__init__: CPython's __new__ seeds from entropy.
        mt = new MersenneTwister();
        mt.SeedFromEntropy();
        inst.Native = mt;
        return mt;
    }

    /// <summary>self.random(), going through an override when the class has one.</summary>
    private double Random01(PyContext ctx, PyObject self)
    {
        if (ReferenceEquals(self.Type, _random) || ReferenceEquals(self.Type.Lookup("random"), _randomMethod))
            return State(self).NextDouble();
        return Conversions.ToDouble(ctx, Calls.CallMethod(ctx, self, "random"));
    }

    /// <summary>self._randbelow(n) for n &gt; 0, choosing CPython's variant by what the class overrides.</summary>
    private BigInteger RandBelow(PyContext ctx, PyObject self, BigInteger n)
    {
        switch (RandBelowKind(self.Type))
        {
            case BelowKind.Native:
                if (n <= uint.MaxValue) return State(self).BelowSmall((long)n);
                var mt = State(self);
                long k = (long)n.GetBitLength();
                var r = mt.GetRandBits(k);
                while (r >= n) r = mt.GetRandBits(k);
                return r;
            case BelowKind.WithGetRandBits:
            {
                var bits = PyInt.Get((long)n.GetBitLength());
                var v = Conversions.Index(ctx, Calls.CallMethod(ctx, self, "getrandbits", bits));
                while (v >= n) v = Conversions.Index(ctx, Calls.CallMethod(ctx, self, "getrandbits", bits));
                return v;
            }
            case BelowKind.WithoutGetRandBits:
            {
                const double maxsize = 9007199254740992.0; // 1 << 53
                if ((double)n >= maxsize) return new BigInteger(Math.Floor(Random01(ctx, self) * (double)n));
                double rem = maxsize % (double)n;
                double limit = (maxsize - rem) / maxsize;
                double r2 = Random01(ctx, self);
                while (r2 >= limit) r2 = Random01(ctx, self);
                return new BigInteger(Math.Floor(r2 * maxsize)) % n;
            }
            default:
                return Conversions.Index(ctx, Calls.CallMethod(ctx, self, "_randbelow", PyInt.From(n)));
        }
    }

    private enum BelowKind { Native, WithGetRandBits, WithoutGetRandBits, Custom }

    /// <summary>CPython's Random.__init_subclass__ rule: the first class in the MRO defining one of these decides.</summary>
    private BelowKind RandBelowKind(PyType t)
    {
        if (ReferenceEquals(t, _random)) return BelowKind.Native;
        foreach (var c in t.Mro)
        {
            if (c.Dict.GetStr("_randbelow") is { } rb)
                return ReferenceEquals(rb, _randbelowMethod)
                    ? ReferenceEquals(t.Lookup("getrandbits"), _getrandbitsMethod) ? BelowKind.Native : BelowKind.WithGetRandBits
                    : BelowKind.Custom;
            if (c.Dict.GetStr("getrandbits") != null) return BelowKind.WithGetRandBits;
            if (c.Dict.GetStr("random") != null) return BelowKind.WithoutGetRandBits;
        }
        return BelowKind.Native;
    }

    private long RandBelowLong(PyContext ctx, PyObject self, long n) =>
        ReferenceEquals(self.Type, _random) && n <= uint.MaxValue ? State(self).BelowSmall(n) : (long)RandBelow(ctx, self, n);

    // ------------------------------------------------------------ seeding and state

    private static void Seed(PyContext ctx, PyObject self, PyObject? a, PyObject? version)
    {
        var mt = State(self);
        long ver = version == null ? 2 : Conversions.IndexToLong(ctx, version);
        switch (a)
        {
            case null or PyNone:
                mt.SeedFromEntropy();
                return;
            case PyIntegral i:
                mt.Seed(i.ToBig());
                return;
            case PyStr or PyBytes or PyByteArray when ver == 1:
                mt.Seed(Version1Seed(a));
                return;
            case PyStr or PyBytes or PyByteArray when ver == 2:
            {
                byte[] data = a switch
                {
                    PyStr s => System.Text.Encoding.UTF8.GetBytes(s.Value),
                    PyBytes b => b.Value,
                    _ => ((PyByteArray)a).Value.ToArray(),
                };
                var all = data.Concat(SHA512.HashData(data)).ToArray();
                mt.Seed(new BigInteger(all, isUnsigned: true, isBigEndian: true));
                return;
            }
            case PyFloat or PyStr or PyBytes or PyByteArray:
                mt.Seed((ulong)Ops.Hash(ctx, a)); // CPython reads the hash as an unsigned word
                return;
            default:
                throw PyErr.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    /// <summary>Version 1 string seeding (kept by CPython to reproduce sequences of Python 2).</summary>
    private static BigInteger Version1Seed(PyObject a)
    {
        var codes = a is PyStr s ? s.Value.EnumerateRunes().Select(r => (ulong)r.Value).ToArray()
            : (a is PyBytes b ? b.Value : ((PyByteArray)a).Value.ToArray()).Select(x => (ulong)x).ToArray();
        ulong x = codes.Length > 0 ? codes[0] << 7 : 0;
        foreach (var c in codes) x = (1000003 * x) ^ c;
        x ^= (ulong)codes.Length;
        return x == ulong.MaxValue ? -2 : x;
    }

    private static PyObject GetState(PyObject self)
    {
        var mt = State(self);
        return PyTuple.Of(PyInt.Get(3), mt.GetState(), mt.GaussNext is { } g ? new PyFloat(g) : PyNone.Instance);
    }

    private static void SetState(PyContext ctx, PyObject self, PyObject state)
    {
        var mt = State(self);
        var version = Ops.GetItem(ctx, state, PyInt.Get(0));
        if (version is PyIntegral v && (v.ToBig() == 3 || v.ToBig() == 2))
        {
            var parts = Iteration.UnpackExact(ctx, state, 3);
            PyObject internalState = parts[1];
            if (v.ToBig() == 2)
                internalState = new PyTuple(Iteration.ToArray(ctx, internalState)
                    .Select(x => (PyObject)PyInt.From(((Conversions.Index(ctx, x) % (BigInteger.One << 32)) + (BigInteger.One << 32)) % (BigInteger.One << 32))).ToArray());
            mt.SetState(ctx, internalState);
            mt.GaussNext = parts[2] is PyNone ? null : Conversions.ToDouble(ctx, parts[2]);
            return;
        }
        throw PyErr.ValueError($"state with version {Ops.StrString(ctx, version)} passed to Random.setstate() of version 3");
    }

    private static PyObject GetRandBits(PyContext ctx, PyObject self, PyObject kObj)
    {
        long k = Conversions.IndexToLong(ctx, kObj);
        if (k < 0) throw PyErr.ValueError("number of bits must be non-negative");
        return PyInt.From(State(self).GetRandBits(k));
    }

    // ------------------------------------------------------------ SystemRandom

    private PyType DefineSystemRandom(PyContext ctx, PyType randomClass)
    {
        var ns = new PyDict();
        ns.SetStr("__module__", new PyStr("random"));
        var t = Classes.CreateType(ctx, TypeObjects.Type, "SystemRandom", new PyObject[] { randomClass }, ns, new PyDict());
        t.Def("random", (c, self) =>
        {
            var b = RandomNumberGenerator.GetBytes(8);
            ulong bits = BitConverter.ToUInt64(b) >> 11;
            return new PyFloat(bits * (1.0 / 9007199254740992.0));
        });
        t.Def("getrandbits", (c, self, kObj) =>
        {
            long k = Conversions.IndexToLong(c, kObj);
            if (k < 0) throw PyErr.ValueError("number of bits must be non-negative");
            var bytes = RandomNumberGenerator.GetBytes((int)((k + 7) / 8));
            return PyInt.From(new BigInteger(bytes, isUnsigned: true) >> (int)(bytes.Length * 8 - k));
        });
        t.Def("randbytes", (c, self, n) => new PyBytes(RandomNumberGenerator.GetBytes(checked((int)Conversions.IndexToLong(c, n)))));
        t.DefKw("seed", (c, self, a, k) => PyNone.Instance);
        PyBuiltin.FnKw notImplemented = (c, self, a, k) => throw PyErr.NotImplementedError("System entropy source does not have state.");
        t.DefKw("getstate", notImplemented);
        t.DefKw("setstate", notImplemented);
        return t;
    }
}
