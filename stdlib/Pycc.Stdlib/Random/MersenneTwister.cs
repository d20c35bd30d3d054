using System.Numerics;
using Pycc.Runtime;

namespace Pycc.Stdlib.Random;

/// <summary>
/// MT19937 seeded the way CPython's `_random` seeds it (init_by_array over the 32-bit words
/// of the seed's absolute value), so every sequence matches CPython's for the same seed.
/// Kept as the native value of a `random.Random` instance.
/// </summary>
internal sealed class MersenneTwister : PyObject
{
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df, UpperMask = 0x80000000, LowerMask = 0x7fffffff;

    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;
    /// <summary>The second value of the last Box-Muller pair, returned by the next `gauss()`.</summary>
    public double? GaussNext;

    public override PyType Type => TypeObjects.Object;

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (int i = 1; i < N; i++) _mt[i] = 1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
        }
        _mt[0] = 0x80000000u;
    }

    /// <summary>Seeds from a non-negative integer: its 32-bit words, least significant first.</summary>
    public void Seed(BigInteger n)
    {
        n = BigInteger.Abs(n);
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int words = Math.Max(1, (bytes.Length + 3) / 4);
        var key = new uint[words];
        for (int b = 0; b < bytes.Length; b++) key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        InitByArray(key);
        GaussNext = null;
    }

    /// <summary>Seeds from the operating system's entropy, as CPython does for `seed()`.</summary>
    public void SeedFromEntropy()
    {
        var key = new uint[N];
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(N * 4);
        Buffer.BlockCopy(bytes, 0, key, 0, bytes.Length);
        InitByArray(key);
        GaussNext = null;
    }

    public uint NextUInt32()
    {
        if (_index >= N)
        {
            if (_index == N + 1) InitGenrand(5489u);
            int kk;
            uint y;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1) * MatrixA);
            }
            for (; kk < N - 1; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) * MatrixA);
            }
            y = (_mt[N - 1] & UpperMask) | (_mt[0] & LowerMask);
            _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1) * MatrixA);
            _index = 0;
        }
        uint r = _mt[_index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680u;
        r ^= (r << 15) & 0xefc60000u;
        r ^= r >> 18;
        return r;
    }

    /// <summary>A float in [0, 1) from 53 random bits, as CPython's `random()`.</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>`getrandbits(k)`: 32-bit words filled least significant first, the last one shifted down.</summary>
    public BigInteger GetRandBits(long k)
    {
        if (k <= 32) return k == 0 ? BigInteger.Zero : NextUInt32() >> (int)(32 - k);
        if (k <= 64)
        {
            ulong lo = NextUInt32();
            ulong hi = NextUInt32() >> (int)(64 - k);
            return (hi << 32) | lo;
        }
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (long i = 0; i < words; i++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32) r >>= (int)(32 - k);
            bytes[i * 4] = (byte)r; bytes[i * 4 + 1] = (byte)(r >> 8); bytes[i * 4 + 2] = (byte)(r >> 16); bytes[i * 4 + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>A uniform integer in [0, n) for 0 &lt; n &lt; 2**32, by rejection like `_randbelow_with_getrandbits`.</summary>
    public long BelowSmall(long n)
    {
        int k = 64 - BitOperations.LeadingZeroCount((ulong)n);
        long r = NextUInt32() >> (32 - k);
        while (r >= n) r = NextUInt32() >> (32 - k);
        return r;
    }

    public PyTuple GetState()
    {
        var items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) items[i] = PyInt.Get(_mt[i]);
        items[N] = PyInt.Get(_index);
        return new PyTuple(items);
    }

    public void SetState(PyContext ctx, PyObject state)
    {
        if (state is not PyTuple t) throw PyErr.TypeError("state vector must be a tuple");
        if (t.Count != N + 1) throw PyErr.ValueError("state vector is the wrong size");
        var mt = new uint[N];
        for (int i = 0; i < N; i++)
        {
            var v = Conversions.Index(ctx, t.Items[i]);
            if (v.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
            if (v > uint.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C unsigned long");
            mt[i] = (uint)v;
        }
        var index = Conversions.Index(ctx, t.Items[N]);
        if (index < 0 || index > N) throw PyErr.ValueError("invalid state");
        mt.CopyTo(_mt, 0);
        _index = (int)index;
    }
}
