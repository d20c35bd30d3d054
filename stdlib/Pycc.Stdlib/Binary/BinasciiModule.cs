using System.Text;
using Pycc.Runtime;

namespace Pycc.Stdlib.Binary;

/// <summary>The `binascii` module: hex, base64 and CRC-32 conversions with CPython's errors.</summary>
public static class BinasciiModule
{
    private const string B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static PyModule Create(PyRuntime rt)
    {
        var ctx = PyContext.Current;
        var m = new PyModule("binascii", rt.Builtins);
        var error = NewClass(ctx, "Error", TypeObjects.ValueError);
        var incomplete = NewClass(ctx, "Incomplete", TypeObjects.Exception);
        m.Set("Error", error);
        m.Set("Incomplete", incomplete);

        PyBuiltin.FnKw hexlify = (c, _, a, k) =>
        {
            var p = new ArgParser("hexlify", a, k, "data", "sep", "bytes_per_sep");
            return new PyBytes(Encoding.ASCII.GetBytes(Hex(c, Data(p.Required(0, "data")), p.OrNull(1), p[2])));
        };
        m.FnKw("hexlify", hexlify);
        m.FnKw("b2a_hex", hexlify);
        PyBuiltin.Fn1 unhexlify = (c, _, s) => new PyBytes(Unhex(AsciiData(s), error));
        m.Fn("unhexlify", unhexlify);
        m.Fn("a2b_hex", unhexlify);
        m.FnKw("b2a_base64", (c, _, a, k) =>
        {
            var p = new ArgParser("b2a_base64", a, k, 1, new[] { "data", "newline" });
            var text = Convert.ToBase64String(Data(p.Required(0, "data")));
            if (p[1] is not { } nl || Ops.IsTrue(c, nl)) text += "\n";
            return new PyBytes(Encoding.ASCII.GetBytes(text));
        });
        m.FnKw("a2b_base64", (c, _, a, k) =>
        {
            var p = new ArgParser("a2b_base64", a, k, 1, new[] { "data", "strict_mode" });
            bool strict = p[1] is { } s && Ops.IsTrue(c, s);
            return new PyBytes(FromBase64(AsciiData(p.Required(0, "data")), strict, error));
        });
        m.FnKw("crc32", (c, _, a, k) =>
        {
            var p = new ArgParser("crc32", a, k, "data", "crc");
            uint start = p[1] is { } v ? (uint)(Conversions.Index(c, v) & uint.MaxValue) : 0;
            return PyInt.Get(Crc32(start, Data(p.Required(0, "data"))));
        });
        return m;
    }

    private static PyType NewClass(PyContext ctx, string name, PyType @base)
    {
        var ns = new PyDict();
        ns.SetStr("__module__", new PyStr("binascii"));
        return Classes.CreateType(ctx, TypeObjects.Type, name, new PyObject[] { @base }, ns, new PyDict());
    }

    /// <summary>A bytes-like argument's bytes (TypeError as CPython words it otherwise).</summary>
    internal static byte[] Data(PyObject o) => Conversions.Unwrap(o) switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        PyMemoryView mv => mv.ToBytes(),
        _ => throw PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    /// <summary>Decoder input: bytes-like, or a str of ASCII characters.</summary>
    private static byte[] AsciiData(PyObject o)
    {
        if (Conversions.Unwrap(o) is PyStr s)
        {
            if (s.Value.Any(ch => ch > 127)) throw PyErr.ValueError("string argument should contain only ASCII characters");
            return Encoding.ASCII.GetBytes(s.Value);
        }
        return Conversions.Unwrap(o) is PyBytes or PyByteArray or PyMemoryView ? Data(o)
            : throw PyErr.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'");
    }

    private static string Hex(PyContext ctx, byte[] data, PyObject? sepObj, PyObject? perSepObj)
    {
        var hex = Convert.ToHexStringLower(data);
        if (sepObj == null) return hex;
        string sep = Conversions.Unwrap(sepObj) switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.Latin1.GetString(b.Value),
            _ => throw PyErr.TypeError("sep must be str or bytes."),
        };
        if (sep.Length != 1) throw PyErr.ValueError("sep must be length 1.");
        long per = perSepObj == null ? 1 : Conversions.IndexToLong(ctx, perSepObj);
        if (per == 0 || data.Length == 0) return hex;
        int group = (int)Math.Min(Math.Abs(per), data.Length);
        var sb = new StringBuilder();
        // Positive counts group from the right, negative from the left.
        int first = per > 0 ? data.Length % group : group;
        if (first == 0) first = group;
        for (int i = 0; i < data.Length; i++)
        {
            if (i > 0 && (per > 0 ? (i - first) % group == 0 : i % group == 0)) sb.Append(sep);
            sb.Append(hex, i * 2, 2);
        }
        return sb.ToString();
    }

    private static byte[] Unhex(byte[] s, PyType error)
    {
        if (s.Length % 2 != 0) throw PyErr.New(error, "Odd-length string");
        var result = new byte[s.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
            if (hi < 0 || lo < 0) throw PyErr.New(error, "Non-hexadecimal digit found");
            result[i] = (byte)(hi * 16 + lo);
        }
        return result;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>a2b_base64: non-alphabet bytes are skipped (or refused in strict mode); padding ends the data.</summary>
    private static byte[] FromBase64(byte[] s, bool strict, PyType error)
    {
        var output = new List<byte>(s.Length * 3 / 4);
        int quadPos = 0, leftChar = 0, pads = 0, dataChars = 0;
        bool paddingStarted = false;
        if (strict && s.Length > 0 && s[0] == '=') throw PyErr.New(error, "Leading padding not allowed");
        for (int i = 0; i < s.Length; i++)
        {
            byte c = s[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < s.Length) throw PyErr.New(error, "Excess data after padding");
                    return output.ToArray();
                }
                continue;
            }
            int v = B64.IndexOf((char)c);
            if (v < 0)
            {
                if (strict) throw PyErr.New(error, "Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw PyErr.New(error, "Discontinuous padding not allowed");
            pads = 0;
            dataChars++;
            switch (quadPos)
            {
                case 0: leftChar = v; quadPos = 1; break;
                case 1: output.Add((byte)((leftChar << 2) | (v >> 4))); leftChar = v & 0x0f; quadPos = 2; break;
                case 2: output.Add((byte)((leftChar << 4) | (v >> 2))); leftChar = v & 0x03; quadPos = 3; break;
                default: output.Add((byte)((leftChar << 6) | v)); leftChar = 0; quadPos = 0; break;
            }
        }
        if (quadPos != 0)
        {
            if (quadPos == 1)
                throw PyErr.New(error, $"Invalid base64-encoded string: number of data characters ({dataChars}) cannot be 1 more than a multiple of 4");
            throw PyErr.New(error, "Incorrect padding");
        }
        return output.ToArray();
    }

    private static readonly uint[] s_crcTable = MakeCrcTable();

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    /// <summary>CRC-32 (the zlib polynomial) continuing from a previous value.</summary>
    internal static uint Crc32(uint start, byte[] data)
    {
        uint crc = ~start;
        foreach (var b in data) crc = s_crcTable[(crc ^ b) & 0xff] ^ (crc >> 8);
        return ~crc;
    }
}
