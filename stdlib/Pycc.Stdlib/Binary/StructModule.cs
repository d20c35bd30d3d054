using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Pycc.Runtime;

namespace Pycc.Stdlib.Binary;

/// <summary>
/// The `struct` module: binary records described by CPython's format strings (byte order,
/// native sizes and alignment of a 64-bit Linux/Windows build, every format character).
/// </summary>
public static class StructModule
{
    private static readonly PyType s_structType = MakeStructType();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyRuntime, PyType> s_errors = new();

    public static PyModule Create(PyRuntime rt)
    {
        var ctx = PyContext.Current;
        var m = new PyModule("struct", rt.Builtins);
        var ns = new PyDict();
        ns.SetStr("__module__", new PyStr("struct"));
        var error = Classes.CreateType(ctx, TypeObjects.Type, "error", new PyObject[] { TypeObjects.Exception }, ns, new PyDict());
        PyType.InvalidateCaches();
        s_errors.AddOrUpdate(rt, error);
        m.Set("error", error);
        m.Set("Struct", s_structType);
        m.Fn("calcsize", (c, _, f) => PyInt.Get(Layout.Of(c, f).Size));
        m.FnVar("pack", (c, _, a) =>
        {
            if (a.Length == 0) throw PyErr.TypeError("pack expected at least 1 argument, got 0");
            return new PyBytes(Layout.Of(c, a[0]).Pack(c, a.AsSpan(1)));
        });
        m.Fn("unpack", (c, _, f, buffer) => Layout.Of(c, f).Unpack(c, BinasciiModule.Data(buffer), 0, "unpack"));
        m.FnKw("unpack_from", (c, _, a, k) =>
        {
            var p = new ArgParser("unpack_from", a, k, "format", "buffer", "offset");
            return Layout.Of(c, p.Required(0, "format")).UnpackFrom(c, p.Required(1, "buffer"), p[2]);
        });
        m.Fn("iter_unpack", (c, _, f, buffer) => Layout.Of(c, f).IterUnpack(c, buffer));
        m.FnVar("pack_into", (c, _, a) =>
        {
            if (a.Length < 3) throw PyErr.TypeError($"pack_into expected at least 3 arguments, got {a.Length}");
            Layout.Of(c, a[0]).PackInto(c, a[1], a[2], a.AsSpan(3));
            return PyNone.Instance;
        });
        return m;
    }

    internal static PyException Error(PyContext ctx, string message) =>
        PyErr.New(s_errors.TryGetValue(ctx.Runtime, out var t) ? t : TypeObjects.ValueError, message);

    /// <summary>A `Struct` object: its layout and the format as given.</summary>
    private sealed class PyStruct : PyObject
    {
        public readonly Layout Layout;
        public PyStruct(Layout layout) { Layout = layout; }
        public override PyType Type => s_structType;
    }

    private static PyType MakeStructType()
    {
        var t = new PyType("Struct", new[] { TypeObjects.Object }, new PyDict(), null, heapType: false)
        {
            NativeClass = typeof(PyStruct), AllowsSubclassing = false, HasInstanceDict = false,
        };
        t.NativeBase = t;
        t.Mro = PyType.ComputeMro(t);
        t.Dict.SetStr("__module__", new PyStr("_struct"));
        t.DefStatic("__new__", (c, _, a, k) =>
        {
            var p = new ArgParser("Struct", a[1..], k, "format"); // a[0] is the class
            return new PyStruct(Layout.Of(c, p.Required(0, "format")));
        });
        t.Def("__init__", (c, self, f) => PyNone.Instance);
        t.Property("format", (c, self) => new PyStr(((PyStruct)self).Layout.Format));
        t.Property("size", (c, self) => PyInt.Get(((PyStruct)self).Layout.Size));
        t.DefVar("pack", (c, self, a) => new PyBytes(((PyStruct)self).Layout.Pack(c, a)));
        t.Def("unpack", (c, self, buffer) => ((PyStruct)self).Layout.Unpack(c, BinasciiModule.Data(buffer), 0, "unpack"));
        t.DefKw("unpack_from", (c, self, a, k) =>
        {
            var p = new ArgParser("unpack_from", a, k, "buffer", "offset");
            return ((PyStruct)self).Layout.UnpackFrom(c, p.Required(0, "buffer"), p[1]);
        });
        t.Def("iter_unpack", (c, self, buffer) => ((PyStruct)self).Layout.IterUnpack(c, buffer));
        t.DefVar("pack_into", (c, self, a) =>
        {
            if (a.Length < 2) throw PyErr.TypeError($"pack_into expected at least 2 arguments, got {a.Length}");
            ((PyStruct)self).Layout.PackInto(c, a[0], a[1], a.AsSpan(2));
            return PyNone.Instance;
        });
        return t;
    }

    /// <summary>One format code with its repeat count, size and offset in the record.</summary>
    private readonly record struct Item(char Code, int Count, int Size, int Offset);

    /// <summary>A parsed format: items with offsets, total size, byte order.</summary>
    private sealed class Layout
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Layout> s_cache = new();

        public readonly string Format;
        public readonly List<Item> Items = new();
        public int Size;
        /// <summary>Number of Python values a record holds (pad bytes hold none; s and p hold one).</summary>
        public int ValueCount;
        private bool _native = true, _little = BitConverter.IsLittleEndian;

        private Layout(string format) { Format = format; }

        public static Layout Of(PyContext ctx, PyObject formatObj)
        {
            var v = Conversions.Unwrap(formatObj);
            string format = v switch
            {
                PyStr s => s.Value,
                PyBytes b => Encoding.Latin1.GetString(b.Value),
                _ => throw PyErr.TypeError($"Struct() argument 1 must be a str or bytes object, not {formatObj.Type.Name}"),
            };
            if (s_cache.TryGetValue(format, out var cached)) return cached;
            var layout = new Layout(format);
            layout.Parse(ctx);
            if (s_cache.Count > 256) s_cache.Clear();
            s_cache[format] = layout;
            return layout;
        }

        private void Parse(PyContext ctx)
        {
            var f = Format;
            int i = 0;
            if (f.Length > 0 && "@=<>!".Contains(f[0]))
            {
                _native = f[0] == '@';
                _little = f[0] switch { '<' => true, '>' or '!' => false, _ => BitConverter.IsLittleEndian };
                i = 1;
            }
            int offset = 0;
            while (i < f.Length)
            {
                if (char.IsWhiteSpace(f[i])) { i++; continue; }
                int count = 1;
                if (char.IsAsciiDigit(f[i]))
                {
                    long n = 0;
                    while (i < f.Length && char.IsAsciiDigit(f[i]))
                    {
                        n = n * 10 + (f[i++] - '0');
                        if (n > int.MaxValue) throw Error(ctx, "total struct size too long");
                    }
                    if (i >= f.Length) throw Error(ctx, "repeat count given without format specifier");
                    count = (int)n;
                }
                char code = f[i++];
                int size = SizeOf(ctx, code);
                if (_native && size > 1 && code is not ('s' or 'p')) offset = (offset + size - 1) / size * size;
                if (code is 's' or 'p')
                {
                    Items.Add(new Item(code, count, size, offset));
                    offset += count;
                    ValueCount++;
                }
                else
                {
                    Items.Add(new Item(code, count, size, offset));
                    offset += size * count;
                    if (code != 'x') ValueCount += count;
                }
            }
            Size = offset;
        }

        private int SizeOf(PyContext ctx, char code)
        {
            switch (code)
            {
                case 'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p': return 1;
                case 'h' or 'H' or 'e': return 2;
                case 'i' or 'I' or 'f': return 4;
                case 'l' or 'L': return _native ? 8 : 4;
                case 'q' or 'Q' or 'd': return 8;
                case 'n' or 'N' or 'P' when _native: return 8;
            }
            throw Error(ctx, "bad char in struct format");
        }

        public byte[] Pack(PyContext ctx, ReadOnlySpan<PyObject> values)
        {
            if (values.Length != ValueCount) throw Error(ctx, $"pack expected {ValueCount} items for packing (got {values.Length})");
            var buffer = new byte[Size];
            Write(ctx, buffer, 0, values);
            return buffer;
        }

        public void PackInto(PyContext ctx, PyObject target, PyObject offsetObj, ReadOnlySpan<PyObject> values)
        {
            if (Conversions.Unwrap(target) is not PyByteArray ba) throw PyErr.TypeError($"argument must be read-write bytes-like object, not {target.Type.Name}");
            if (values.Length != ValueCount) throw Error(ctx, $"pack_into expected {ValueCount} items for packing (got {values.Length})");
            long offset = Conversions.IndexToLong(ctx, offsetObj);
            if (offset < 0) offset += ba.Value.Count;
            if (offset < 0 || offset > ba.Value.Count) throw Error(ctx, $"offset {offset} out of range for {ba.Value.Count}-byte buffer");
            if (ba.Value.Count - offset < Size)
                throw Error(ctx, $"pack_into requires a buffer of at least {Size + offset} bytes for packing {Size} bytes at offset {offset} (actual buffer size is {ba.Value.Count})");
            var packed = new byte[Size];
            Write(ctx, packed, 0, values);
            for (int i = 0; i < Size; i++) ba.Value[(int)offset + i] = packed[i];
        }

        private void Write(PyContext ctx, byte[] buffer, int baseOffset, ReadOnlySpan<PyObject> values)
        {
            int v = 0;
            foreach (var item in Items)
            {
                int at = baseOffset + item.Offset;
                switch (item.Code)
                {
                    case 'x': continue;
                    case 's' or 'p':
                    {
                        var val = Conversions.Unwrap(values[v++]);
                        if (val is not (PyBytes or PyByteArray)) throw Error(ctx, $"argument for '{item.Code}' must be a bytes object");
                        var data = BinasciiModule.Data(val);
                        if (item.Code == 's') Array.Copy(data, 0, buffer, at, Math.Min(data.Length, item.Count));
                        else if (item.Count > 0)
                        {
                            int n = Math.Min(Math.Min(data.Length, item.Count - 1), 255);
                            buffer[at] = (byte)n;
                            Array.Copy(data, 0, buffer, at + 1, n);
                        }
                        continue;
                    }
                }
                for (int r = 0; r < item.Count; r++, at += item.Size) WriteOne(ctx, item.Code, buffer.AsSpan(at, item.Size), values[v++]);
            }
        }

        private void WriteOne(PyContext ctx, char code, Span<byte> dst, PyObject value)
        {
            switch (code)
            {
                case 'c':
                    if (Conversions.Unwrap(value) is not (PyBytes or PyByteArray) || BinasciiModule.Data(value).Length != 1)
                        throw Error(ctx, "char format requires a bytes object of length 1");
                    dst[0] = BinasciiModule.Data(value)[0];
                    return;
                case '?':
                    dst[0] = Ops.IsTrue(ctx, value) ? (byte)1 : (byte)0;
                    return;
                case 'e' or 'f' or 'd':
                    WriteFloat(ctx, code, dst, value);
                    return;
            }
            var n = IntegerArg(ctx, value);
            bool signed = char.IsLower(code) && code != 'p';
            int size = dst.Length;
            BigInteger min = signed ? -(BigInteger.One << (size * 8 - 1)) : 0, max = signed ? (BigInteger.One << (size * 8 - 1)) - 1 : (BigInteger.One << (size * 8)) - 1;
            if (n < min || n > max) throw Error(ctx, RangeMessage(code, size, min, max));
            var bytes = n.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            byte fill = n.Sign < 0 ? (byte)0xff : (byte)0;
            for (int i = 0; i < size; i++) dst[_little ? i : size - 1 - i] = i < bytes.Length ? bytes[i] : fill;
        }

        private string RangeMessage(char code, int size, BigInteger min, BigInteger max) => code switch
        {
            'b' => "byte format requires -128 <= number <= 127",
            'B' => "ubyte format requires 0 <= number <= 255",
            'h' => "short format requires -32768 <= number <= 32767",
            'H' => "ushort format requires 0 <= number <= 65535",
            'i' or 'I' or 'l' or 'L' when size == 4 && (!_native || code == 'i') => $"'{code}' format requires {min} <= number <= {max}",
            _ => "argument out of range",
        };

        private static BigInteger IntegerArg(PyContext ctx, PyObject value)
        {
            var v = Conversions.Unwrap(value);
            if (v is PyIntegral i) return i.ToBig();
            if (value.Type.Lookup("__index__") != null) return Conversions.Index(ctx, value);
            throw Error(ctx, "required argument is not an integer");
        }

        private void WriteFloat(PyContext ctx, char code, Span<byte> dst, PyObject value)
        {
            if (Conversions.Unwrap(value) is not (PyFloat or PyIntegral) && value.Type.Lookup("__float__") == null && value.Type.Lookup("__index__") == null)
                throw Error(ctx, "required argument is not a float");
            double d = Conversions.ToDouble(ctx, value);
            switch (code)
            {
                case 'd':
                    if (_little) BinaryPrimitives.WriteDoubleLittleEndian(dst, d); else BinaryPrimitives.WriteDoubleBigEndian(dst, d);
                    return;
                case 'f':
                {
                    float f = (float)d;
                    if (float.IsInfinity(f) && !double.IsInfinity(d)) throw PyErr.OverflowError("float too large to pack with f format");
                    if (_little) BinaryPrimitives.WriteSingleLittleEndian(dst, f); else BinaryPrimitives.WriteSingleBigEndian(dst, f);
                    return;
                }
                default:
                {
                    ushort bits;
                    if (double.IsNaN(d)) bits = 0x7e00; // a quiet NaN, as CPython packs float("nan")
                    else
                    {
                        var h = (Half)d;
                        if (Half.IsInfinity(h) && !double.IsInfinity(d)) throw PyErr.OverflowError("float too large to pack with e format");
                        bits = BitConverter.HalfToUInt16Bits(h);
                    }
                    if (_little) BinaryPrimitives.WriteUInt16LittleEndian(dst, bits); else BinaryPrimitives.WriteUInt16BigEndian(dst, bits);
                    return;
                }
            }
        }

        public PyTuple Unpack(PyContext ctx, byte[] data, int offset, string fn)
        {
            if (fn == "unpack" && data.Length != Size) throw Error(ctx, $"unpack requires a buffer of {Size} bytes");
            var result = new PyObject[ValueCount];
            int v = 0;
            foreach (var item in Items)
            {
                int at = offset + item.Offset;
                switch (item.Code)
                {
                    case 'x': continue;
                    case 's':
                        result[v++] = new PyBytes(data.AsSpan(at, item.Count).ToArray());
                        continue;
                    case 'p':
                    {
                        int n = item.Count == 0 ? 0 : Math.Min(data[at], item.Count - 1);
                        result[v++] = new PyBytes(item.Count == 0 ? Array.Empty<byte>() : data.AsSpan(at + 1, n).ToArray());
                        continue;
                    }
                }
                for (int r = 0; r < item.Count; r++, at += item.Size) result[v++] = ReadOne(item.Code, data.AsSpan(at, item.Size));
            }
            return new PyTuple(result);
        }

        private PyObject ReadOne(char code, ReadOnlySpan<byte> src)
        {
            switch (code)
            {
                case 'c': return new PyBytes(new[] { src[0] });
                case '?': return PyBool.Of(src[0] != 0);
                case 'd': return new PyFloat(_little ? BinaryPrimitives.ReadDoubleLittleEndian(src) : BinaryPrimitives.ReadDoubleBigEndian(src));
                case 'f': return new PyFloat(_little ? BinaryPrimitives.ReadSingleLittleEndian(src) : BinaryPrimitives.ReadSingleBigEndian(src));
                case 'e': return new PyFloat((double)BitConverter.UInt16BitsToHalf(_little ? BinaryPrimitives.ReadUInt16LittleEndian(src) : BinaryPrimitives.ReadUInt16BigEndian(src)));
            }
            var bytes = src.ToArray();
            if (!_little) Array.Reverse(bytes);
            return PyInt.From(new BigInteger(bytes, isUnsigned: char.IsUpper(code) || code == 'P', isBigEndian: false));
        }

        public PyTuple UnpackFrom(PyContext ctx, PyObject buffer, PyObject? offsetObj)
        {
            var data = BinasciiModule.Data(buffer);
            long offset = offsetObj == null ? 0 : Conversions.IndexToLong(ctx, offsetObj);
            if (offset < 0)
            {
                if (offset + data.Length < 0) throw Error(ctx, $"offset {offset} out of range for {data.Length}-byte buffer");
                offset += data.Length;
            }
            if (data.Length - offset < Size)
                throw Error(ctx, $"unpack_from requires a buffer of at least {Size + offset} bytes for unpacking {Size} bytes at offset {offset} (actual buffer size is {data.Length})");
            return Unpack(ctx, data, (int)offset, "unpack_from");
        }

        public PyObject IterUnpack(PyContext ctx, PyObject buffer)
        {
            var data = BinasciiModule.Data(buffer);
            if (Size == 0) throw Error(ctx, "cannot iteratively unpack with a struct of length 0");
            if (data.Length % Size != 0) throw Error(ctx, $"iterative unpacking requires a buffer of a multiple of {Size} bytes");
            var records = Enumerable.Range(0, data.Length / Size).Select(i => (PyObject)Unpack(ctx, data, i * Size, "iter_unpack"));
            return new EnumeratorIterator(records, "unpack_iterator");
        }
    }
}
