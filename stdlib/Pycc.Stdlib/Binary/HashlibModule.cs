using System.Security.Cryptography;
using Pycc.Runtime;

namespace Pycc.Stdlib.Binary;

/// <summary>
/// The `hashlib` module on .NET's cryptography: md5, sha1, the sha2 family (sha224 written here,
/// .NET lacks it) and sha3 where the platform provides it. blake2 and shake are not available.
/// </summary>
public static class HashlibModule
{
    private static readonly PyType s_hashType = MakeHashType();

    /// <summary>name → (digest size, block size, whether this platform can compute it).</summary>
    private static readonly (string name, int digest, int block, Func<bool> supported)[] s_algorithms =
    {
        ("md5", 16, 64, () => true), ("sha1", 20, 64, () => true), ("sha224", 28, 64, () => true),
        ("sha256", 32, 64, () => true), ("sha384", 48, 128, () => true), ("sha512", 64, 128, () => true),
        ("sha3_256", 32, 136, () => SHA3_256.IsSupported), ("sha3_384", 48, 104, () => SHA3_384.IsSupported),
        ("sha3_512", 64, 72, () => SHA3_512.IsSupported),
    };

    public static PyModule Create(PyRuntime rt)
    {
        var m = new PyModule("hashlib", rt.Builtins);
        var available = s_algorithms.Where(a => a.supported()).Select(a => a.name).ToArray();
        foreach (var name in available)
        {
            var algorithm = name;
            m.FnKw(name, (c, _, a, k) =>
            {
                var p = new ArgParser(algorithm, a, k, "string", "usedforsecurity");
                return New(algorithm, p[0]);
            });
        }
        m.FnKw("new", (c, _, a, k) =>
        {
            var p = new ArgParser("new", a, k, "name", "data", "usedforsecurity");
            var name = Conversions.ToStr(p.Required(0, "name"), "new() argument 'name'").ToLowerInvariant();
            if (!available.Contains(name)) throw PyErr.ValueError($"unsupported hash type {name}");
            return New(name, p[1]);
        });
        var names = new PySet();
        foreach (var n in available) names.Add(PyContext.Current, new PyStr(n));
        m.Set("algorithms_guaranteed", names);
        m.Set("algorithms_available", names);
        m.FnKw("pbkdf2_hmac", (c, _, a, k) =>
        {
            var p = new ArgParser("pbkdf2_hmac", a, k, "hash_name", "password", "salt", "iterations", "dklen");
            var name = Conversions.ToStr(p.Required(0, "hash_name"), "hash_name");
            var alg = name switch
            {
                "sha1" => HashAlgorithmName.SHA1, "sha256" => HashAlgorithmName.SHA256, "sha384" => HashAlgorithmName.SHA384,
                "sha512" => HashAlgorithmName.SHA512, "md5" => HashAlgorithmName.MD5,
                _ => throw PyErr.ValueError($"unsupported hash type {name}"),
            };
            long iterations = Conversions.IndexToLong(c, p.Required(3, "iterations"));
            if (iterations < 1) throw PyErr.ValueError("iteration value must be greater than 0.");
            int dklen = p.OrNull(4) is { } d ? (int)Conversions.IndexToLong(c, d) : s_algorithms.First(x => x.name == name).digest;
            if (dklen < 1) throw PyErr.ValueError("key length must be greater than 0.");
            return new PyBytes(Rfc2898DeriveBytes.Pbkdf2(BinasciiModule.Data(p.Required(1, "password")), BinasciiModule.Data(p.Required(2, "salt")),
                (int)iterations, alg, dklen));
        });
        return m;
    }

    private static PyHash New(string name, PyObject? data)
    {
        var h = new PyHash(name, s_algorithms.First(a => a.name == name).block, Hasher.Create(name));
        if (data != null) h.Update(data);
        return h;
    }

    private sealed class PyHash : PyObject
    {
        public readonly string Name;
        public readonly int BlockSize;
        public readonly Hasher State;
        public PyHash(string name, int blockSize, Hasher state) { Name = name; BlockSize = blockSize; State = state; }
        public override PyType Type => s_hashType;

        public void Update(PyObject data)
        {
            var v = Conversions.Unwrap(data);
            if (v is PyStr) throw PyErr.TypeError("Strings must be encoded before hashing");
            if (v is not (PyBytes or PyByteArray or PyMemoryView)) throw PyErr.TypeError("object supporting the buffer API required");
            State.Append(BinasciiModule.Data(v));
        }
    }

    private static PyType MakeHashType()
    {
        var t = new PyType("HASH", new[] { TypeObjects.Object }, new PyDict(), null, heapType: false)
        {
            NativeClass = typeof(PyHash), AllowsSubclassing = false, HasInstanceDict = false,
        };
        t.NativeBase = t;
        t.Mro = PyType.ComputeMro(t);
        t.Dict.SetStr("__module__", new PyStr("_hashlib"));
        t.Def("update", (c, self, data) => { ((PyHash)self).Update(data); return PyNone.Instance; });
        t.Def("digest", (c, self) => new PyBytes(((PyHash)self).State.Peek()));
        t.Def("hexdigest", (c, self) => new PyStr(Convert.ToHexStringLower(((PyHash)self).State.Peek())));
        t.Def("copy", (c, self) => { var h = (PyHash)self; return new PyHash(h.Name, h.BlockSize, h.State.Clone()); });
        t.Property("name", (c, self) => new PyStr(((PyHash)self).Name));
        t.Property("digest_size", (c, self) => PyInt.Get(((PyHash)self).State.DigestSize));
        t.Property("block_size", (c, self) => PyInt.Get(((PyHash)self).BlockSize));
        t.Def("__repr__", (c, self) => new PyStr($"<{((PyHash)self).Name} _hashlib.HASH object>"));
        return t;
    }
}

/// <summary>An incremental hash whose digest can be read without ending it, and that can be copied.</summary>
internal abstract class Hasher
{
    public abstract int DigestSize { get; }
    public abstract void Append(byte[] data);
    public abstract byte[] Peek();
    public abstract Hasher Clone();

    public static Hasher Create(string name) => name == "sha224" ? new Sha224() : new Incremental(IncrementalHash.CreateHash(new HashAlgorithmName(name switch
    {
        "md5" => "MD5", "sha1" => "SHA1", "sha256" => "SHA256", "sha384" => "SHA384", "sha512" => "SHA512",
        "sha3_256" => "SHA3-256", "sha3_384" => "SHA3-384", _ => "SHA3-512",
    })));

    private sealed class Incremental : Hasher
    {
        private readonly IncrementalHash _h;
        public Incremental(IncrementalHash h) { _h = h; }
        public override int DigestSize => _h.HashLengthInBytes;
        public override void Append(byte[] data) => _h.AppendData(data);
        public override byte[] Peek() => _h.GetCurrentHash();
        public override Hasher Clone() => new Incremental(_h.Clone());
    }

    /// <summary>SHA-224: SHA-256's compression with its own initial values, truncated to 28 bytes (FIPS 180-4).</summary>
    private sealed class Sha224 : Hasher
    {
        private static readonly uint[] K =
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private uint[] _h = { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
        private byte[] _buffer = new byte[64];
        private int _buffered;
        private ulong _length;

        public override int DigestSize => 28;

        public override void Append(byte[] data)
        {
            foreach (var b in data)
            {
                _buffer[_buffered++] = b;
                if (_buffered == 64) { Compress(_h, _buffer); _buffered = 0; }
            }
            _length += (ulong)data.Length;
        }

        public override byte[] Peek()
        {
            var copy = (Sha224)Clone();
            ulong bits = copy._length * 8;
            var pad = new byte[(copy._buffered < 56 ? 56 : 120) - copy._buffered + 8];
            pad[0] = 0x80;
            for (int i = 0; i < 8; i++) pad[^(i + 1)] = (byte)(bits >> (8 * i));
            copy.Append(pad);
            var digest = new byte[28];
            for (int i = 0; i < 7; i++)
            {
                digest[4 * i] = (byte)(copy._h[i] >> 24); digest[4 * i + 1] = (byte)(copy._h[i] >> 16);
                digest[4 * i + 2] = (byte)(copy._h[i] >> 8); digest[4 * i + 3] = (byte)copy._h[i];
            }
            return digest;
        }

        public override Hasher Clone() => new Sha224 { _h = (uint[])_h.Clone(), _buffer = (byte[])_buffer.Clone(), _buffered = _buffered, _length = _length };

        private static void Compress(uint[] h, byte[] block)
        {
            var w = new uint[64];
            for (int i = 0; i < 16; i++) w[i] = (uint)(block[4 * i] << 24 | block[4 * i + 1] << 16 | block[4 * i + 2] << 8 | block[4 * i + 3]);
            for (int i = 16; i < 64; i++)
            {
                uint s0 = uint.RotateRight(w[i - 15], 7) ^ uint.RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
                uint s1 = uint.RotateRight(w[i - 2], 17) ^ uint.RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            for (int i = 0; i < 64; i++)
            {
                uint S1 = uint.RotateRight(e, 6) ^ uint.RotateRight(e, 11) ^ uint.RotateRight(e, 25);
                uint ch = (e & f) ^ (~e & g);
                uint t1 = hh + S1 + ch + K[i] + w[i];
                uint S0 = uint.RotateRight(a, 2) ^ uint.RotateRight(a, 13) ^ uint.RotateRight(a, 22);
                uint maj = (a & b) ^ (a & c) ^ (b & c);
                uint t2 = S0 + maj;
                hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
            }
            h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
        }
    }
}
