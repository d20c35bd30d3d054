using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallBytes()
    {
        foreach (var t in new[] { TypeObjects.Bytes, TypeObjects.ByteArray })
        {
            bool mutable = t == TypeObjects.ByteArray;
            t.Def("__len__", (ctx, s) => PyInt.Get(BytesMethods.Data(s).Length));
            t.Def("__getitem__", (ctx, s, k) => BytesMethods.GetItem(ctx, s, k));
            t.Def("__contains__", (ctx, s, x) => PyBool.Of(BytesMethods.Contains(ctx, BytesMethods.Data(s), x)));
            t.Def("__iter__", (ctx, s) => new BytesIterator(s));
            t.DefKw("decode", (ctx, s, a, kw) =>
            {
                var p = new ArgParser("decode", a, kw, "encoding", "errors");
                return Codecs.Decode(ctx, s, p[0], p[1]);
            });
            t.DefVar("hex", (ctx, s, a) => BytesMethods.Hex(ctx, BytesMethods.Data(s), a));
            t.DefClass("fromhex", (ctx, cls, a, kw) =>
            {
                if ((kw?.Length ?? 0) > 0 || a.Length != 1) throw PyErr.TypeError($"fromhex() takes exactly one argument ({a.Length} given)");
                var bytes = BytesMethods.FromHex(Conversions.ToStr(a[0], "fromhex() argument"));
                if (ReferenceEquals(cls, TypeObjects.Bytes)) return new PyBytes(bytes);
                if (ReferenceEquals(cls, TypeObjects.ByteArray)) return new PyByteArray(new List<byte>(bytes));
                return cls.Call1(ctx, new PyBytes(bytes));
            });
            t.DefStatic("maketrans", (ctx, _, a, kw) =>
            {
                if (a.Length != 2) throw PyErr.TypeError($"maketrans expected 2 arguments, got {a.Length}");
                var from = BytesMethods.Need(a[0]);
                var to = BytesMethods.Need(a[1]);
                if (from.Length != to.Length) throw PyErr.ValueError("maketrans arguments must have same length");
                var table = new byte[256];
                for (int i = 0; i < 256; i++) table[i] = (byte)i;
                for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
                return new PyBytes(table);
            });

            t.Def("lower", (ctx, s) => BytesMethods.Make(s, BytesMethods.MapAscii(BytesMethods.Data(s), 0)));
            t.Def("upper", (ctx, s) => BytesMethods.Make(s, BytesMethods.MapAscii(BytesMethods.Data(s), 1)));
            t.Def("swapcase", (ctx, s) => BytesMethods.Make(s, BytesMethods.MapAscii(BytesMethods.Data(s), 2)));
            t.Def("capitalize", (ctx, s) => BytesMethods.Make(s, BytesMethods.MapAscii(BytesMethods.Data(s), 3)));
            t.Def("title", (ctx, s) => BytesMethods.Make(s, BytesMethods.MapAscii(BytesMethods.Data(s), 4)));
            t.Def("isascii", (ctx, s) => PyBool.Of(Ascii.IsValid(BytesMethods.Data(s))));
            t.Def("isalpha", (ctx, s) => PyBool.Of(BytesMethods.All(BytesMethods.Data(s), b => char.IsAsciiLetter((char)b))));
            t.Def("isalnum", (ctx, s) => PyBool.Of(BytesMethods.All(BytesMethods.Data(s), b => char.IsAsciiLetterOrDigit((char)b))));
            t.Def("isdigit", (ctx, s) => PyBool.Of(BytesMethods.All(BytesMethods.Data(s), b => char.IsAsciiDigit((char)b))));
            t.Def("isspace", (ctx, s) => PyBool.Of(BytesMethods.All(BytesMethods.Data(s), BytesMethods.IsSpace)));
            t.Def("islower", (ctx, s) => PyBool.Of(BytesMethods.CaseTest(BytesMethods.Data(s), lower: true)));
            t.Def("isupper", (ctx, s) => PyBool.Of(BytesMethods.CaseTest(BytesMethods.Data(s), lower: false)));
            t.Def("istitle", (ctx, s) => PyBool.Of(BytesMethods.IsTitle(BytesMethods.Data(s))));

            t.DefKw("split", (ctx, s, a, kw) =>
            {
                var p = new ArgParser("split", a, kw, "sep", "maxsplit");
                return BytesMethods.Split(s, p.OrNull(0) is { } sep ? BytesMethods.Need(sep) : null, StrMethods.MaxSplit(ctx, p[1]), false);
            });
            t.DefKw("rsplit", (ctx, s, a, kw) =>
            {
                var p = new ArgParser("rsplit", a, kw, "sep", "maxsplit");
                return BytesMethods.Split(s, p.OrNull(0) is { } sep ? BytesMethods.Need(sep) : null, StrMethods.MaxSplit(ctx, p[1]), true);
            });
            t.DefKw("splitlines", (ctx, s, a, kw) =>
            {
                var p = new ArgParser("splitlines", a, kw, "keepends");
                return BytesMethods.SplitLines(s, p[0] != null && !Conversions.Index(ctx, p[0]!).IsZero);
            });
            t.DefVar("strip", (ctx, s, a) => BytesMethods.Strip(s, a, "strip", true, true));
            t.DefVar("lstrip", (ctx, s, a) => BytesMethods.Strip(s, a, "lstrip", true, false));
            t.DefVar("rstrip", (ctx, s, a) => BytesMethods.Strip(s, a, "rstrip", false, true));
            t.Def("partition", (ctx, s, sep) => BytesMethods.Partition(s, BytesMethods.Need(sep), false));
            t.Def("rpartition", (ctx, s, sep) => BytesMethods.Partition(s, BytesMethods.Need(sep), true));
            t.Def("join", (ctx, s, it) => BytesMethods.Join(ctx, s, it));
            t.DefVar("replace", (ctx, s, a) =>
            {
                if (a.Length < 2) throw PyErr.TypeError($"replace expected at least 2 arguments, got {a.Length}");
                if (a.Length > 3) throw PyErr.TypeError($"replace expected at most 3 arguments, got {a.Length}");
                long count = a.Length > 2 ? Conversions.IndexToLong(ctx, a[2]) : -1;
                return BytesMethods.Make(s, BytesMethods.Replace(BytesMethods.Data(s), BytesMethods.Need(a[0]), BytesMethods.Need(a[1]), count));
            });
            t.Def("removeprefix", (ctx, s, x) =>
            {
                var d = BytesMethods.Data(s);
                var p = BytesMethods.Need(x);
                return BytesMethods.Make(s, d.StartsWith(p) ? d[p.Length..].ToArray() : d.ToArray(), keepSelf: p.Length == 0 || !d.StartsWith(p));
            });
            t.Def("removesuffix", (ctx, s, x) =>
            {
                var d = BytesMethods.Data(s);
                var p = BytesMethods.Need(x);
                return BytesMethods.Make(s, d.EndsWith(p) ? d[..^p.Length].ToArray() : d.ToArray(), keepSelf: p.Length == 0 || !d.EndsWith(p));
            });
            t.DefVar("find", (ctx, s, a) => PyInt.Get(BytesMethods.FindArgs(ctx, s, a, "find", false)));
            t.DefVar("rfind", (ctx, s, a) => PyInt.Get(BytesMethods.FindArgs(ctx, s, a, "rfind", true)));
            t.DefVar("index", (ctx, s, a) =>
            {
                long r = BytesMethods.FindArgs(ctx, s, a, "index", false);
                return r >= 0 ? PyInt.Get(r) : throw PyErr.ValueError("subsection not found");
            });
            t.DefVar("rindex", (ctx, s, a) =>
            {
                long r = BytesMethods.FindArgs(ctx, s, a, "rindex", true);
                return r >= 0 ? PyInt.Get(r) : throw PyErr.ValueError("subsection not found");
            });
            t.DefVar("count", (ctx, s, a) => PyInt.Get(BytesMethods.CountArgs(ctx, s, a)));
            t.DefVar("startswith", (ctx, s, a) => PyBool.Of(BytesMethods.TailMatchArgs(ctx, s, a, "startswith", false)));
            t.DefVar("endswith", (ctx, s, a) => PyBool.Of(BytesMethods.TailMatchArgs(ctx, s, a, "endswith", true)));
            t.DefVar("center", (ctx, s, a) => BytesMethods.Justify(ctx, s, a, "center"));
            t.DefVar("ljust", (ctx, s, a) => BytesMethods.Justify(ctx, s, a, "ljust"));
            t.DefVar("rjust", (ctx, s, a) => BytesMethods.Justify(ctx, s, a, "rjust"));
            t.Def("zfill", (ctx, s, w) => BytesMethods.ZFill(s, Conversions.IndexToLong(ctx, w)));
            t.DefKw("expandtabs", (ctx, s, a, kw) =>
            {
                var p = new ArgParser("expandtabs", a, kw, "tabsize");
                return BytesMethods.ExpandTabs(s, p[0] == null ? 8 : Conversions.IndexToLong(ctx, p[0]!));
            });
            t.DefKw("translate", (ctx, s, a, kw) =>
            {
                var p = new ArgParser("translate", a, kw, 2, new[] { "table", "delete" });
                return BytesMethods.Translate(s, p.Required(0, "table"), p[1]);
            });
            if (!mutable)
            {
                t.Def("__getnewargs__", (ctx, s) => PyTuple.Of(new PyBytes(BytesMethods.Data(s).ToArray())));
                t.Def("__bytes__", (ctx, s) => s is PyBytes ? s : new PyBytes(BytesMethods.Data(s).ToArray()));
            }
        }

        TypeObjects.Bytes.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("bytes", a[1..], kw, "source", "encoding", "errors");
            var src = p[0];
            if (src != null && p[1] == null && p[2] == null && src is not PyBytes && src.Type.Lookup("__bytes__") is { } conv)
            {
                var r = Calls.CallDescriptor(ctx, conv, src);
                if (r is not PyBytes) throw PyErr.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
                return TypeObjects.WrapNative(a[0], TypeObjects.Bytes, r);
            }
            var data = BytesMethods.FromSource(ctx, src, p[1], p[2], "bytes");
            var value = src is PyBytes pb && ReferenceEquals(data, pb.Value) ? pb : data.Length == 0 ? PyBytes.Empty : new PyBytes(data);
            return TypeObjects.WrapNative(a[0], TypeObjects.Bytes, value);
        });
        var ba = TypeObjects.ByteArray;
        ba.DefStatic("__new__", (ctx, _, a, kw) => TypeObjects.WrapNative(a[0], ba, new PyByteArray(new List<byte>())));
        ba.DefKw("__init__", (ctx, s, a, kw) =>
        {
            var p = new ArgParser("bytearray", a, kw, "source", "encoding", "errors");
            var data = BytesMethods.FromSource(ctx, p[0], p[1], p[2], "bytearray");
            var l = ((PyByteArray)s).Value;
            l.Clear();
            l.AddRange(data);
            return PyNone.Instance;
        });
        ba.Def("append", (ctx, s, x) => { ((PyByteArray)s).Value.Add(BytesMethods.ByteValue(ctx, x)); return PyNone.Instance; });
        ba.Def("extend", (ctx, s, x) =>
        {
            var l = ((PyByteArray)s).Value;
            if (BytesMethods.BufferBytes(x) is { } raw) { l.AddRange(raw); return PyNone.Instance; }
            if (x.Type.Lookup("__iter__") == null && x.Type.Lookup("__getitem__") == null && x is not PyIterator)
                throw PyErr.TypeError($"can't extend bytearray with {x.Type.Name}");
            var items = new List<byte>();
            foreach (var v in Iteration.Enumerate(ctx, x)) items.Add(BytesMethods.ByteValue(ctx, v));
            l.AddRange(items);
            return PyNone.Instance;
        });
        ba.Def("insert", (ctx, s, i, x) =>
        {
            var l = ((PyByteArray)s).Value;
            long idx = Conversions.IndexToLong(ctx, i);
            byte b = BytesMethods.ByteValue(ctx, x);
            if (idx < 0) idx = Math.Max(0, idx + l.Count);
            l.Insert((int)Math.Min(idx, l.Count), b);
            return PyNone.Instance;
        });
        ba.DefVar("pop", (ctx, s, a) =>
        {
            var l = ((PyByteArray)s).Value;
            if (a.Length > 1) throw PyErr.TypeError($"pop expected at most 1 argument, got {a.Length}");
            long idx = a.Length == 0 ? -1 : Conversions.IndexToLong(ctx, a[0]);
            if (l.Count == 0) throw PyErr.IndexError("pop from empty bytearray");
            if (idx < 0) idx += l.Count;
            if (idx < 0 || idx >= l.Count) throw PyErr.IndexError("pop index out of range");
            var v = l[(int)idx];
            l.RemoveAt((int)idx);
            return PyInt.Get(v);
        });
        ba.Def("remove", (ctx, s, x) =>
        {
            var l = ((PyByteArray)s).Value;
            int i = l.IndexOf(BytesMethods.ByteValue(ctx, x));
            if (i < 0) throw PyErr.ValueError("value not found in bytearray");
            l.RemoveAt(i);
            return PyNone.Instance;
        });
        ba.Def("reverse", (ctx, s) => { ((PyByteArray)s).Value.Reverse(); return PyNone.Instance; });
        ba.Def("clear", (ctx, s) => { ((PyByteArray)s).Value.Clear(); return PyNone.Instance; });
        ba.Def("copy", (ctx, s) => new PyByteArray(new List<byte>(((PyByteArray)s).Value)));
        ba.Def("__setitem__", (ctx, s, k, v) => { BytesMethods.SetItem(ctx, (PyByteArray)s, k, v); return PyNone.Instance; });
        ba.Def("__delitem__", (ctx, s, k) => { BytesMethods.DelItem(ctx, (PyByteArray)s, k); return PyNone.Instance; });
        ba.Def("__iadd__", (ctx, s, x) =>
        {
            var raw = BytesMethods.BufferBytes(x) ?? throw PyErr.TypeError($"can't concat {x.Type.Name} to bytearray");
            BuiltinArgs.Native<PyByteArray>(s).Value.AddRange(raw);
            return s;
        }).KeepsSubclassInstance = true;
        ba.Def("__imul__", (ctx, s, n) =>
        {
            var l = BuiltinArgs.Native<PyByteArray>(s).Value;
            long count = Conversions.IndexToLong(ctx, n);
            var copy = l.ToArray();
            l.Clear();
            for (long i = 0; i < count; i++) l.AddRange(copy);
            return s;
        }).KeepsSubclassInstance = true;
        ba.Def("__mod__", (ctx, s, args) =>
            new PyByteArray(new List<byte>(PercentFormat.FormatBytes(ctx, BytesMethods.Data(s).ToArray(), args).Value)));
        ba.Def("__rmod__", (ctx, s, other) => PySingleton.NotImplemented);
        ba.Def("__alloc__", (ctx, s) => PyInt.Get(((PyByteArray)s).Value.Capacity + 1));
        ba.Dict.SetStr("__hash__", PyNone.Instance);
    }
}

/// <summary>The algorithms of bytes and bytearray methods (ASCII semantics for case and whitespace).</summary>
public static class BytesMethods
{
    /// <summary>The bytes of a bytes or bytearray receiver (a live span for bytearray).</summary>
    public static ReadOnlySpan<byte> Data(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => CollectionsMarshal.AsSpan(ba.Value),
        PyInstance { Native: { } n } => Data(n),
        _ => throw PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    /// <summary>The contents of a bytes-like object (bytes, bytearray, memoryview), or null.</summary>
    public static byte[]? BufferBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        PyMemoryView mv => mv.ToBytes(),
        PyInstance { Native: { } n } => BufferBytes(n),
        _ => null,
    };

    /// <summary>A bytes-like argument, with CPython's error for anything else.</summary>
    public static byte[] Need(PyObject o) =>
        BufferBytes(o) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    /// <summary>A result of the receiver's type: bytes for bytes, a new bytearray for bytearray.</summary>
    public static PyObject Make(PyObject self, byte[] data, bool keepSelf = false)
    {
        if (self is PyByteArray) return new PyByteArray(new List<byte>(data));
        if (keepSelf && self is PyBytes) return self;
        return data.Length == 0 ? PyBytes.Empty : new PyBytes(data);
    }

    public static byte ByteValue(PyContext ctx, PyObject x)
    {
        var v = Conversions.Index(ctx, x);
        if (v < 0 || v > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }

    public static bool IsSpace(byte b) => b is (byte)' ' or (>= 9 and <= 13);

    public static bool All(ReadOnlySpan<byte> d, Func<byte, bool> pred)
    {
        if (d.Length == 0) return false;
        foreach (var b in d) if (!pred(b)) return false;
        return true;
    }

    public static bool CaseTest(ReadOnlySpan<byte> d, bool lower)
    {
        bool cased = false;
        foreach (var b in d)
        {
            if (char.IsAsciiLetterLower((char)b)) { if (!lower) return false; cased = true; }
            else if (char.IsAsciiLetterUpper((char)b)) { if (lower) return false; cased = true; }
        }
        return cased;
    }

    public static bool IsTitle(ReadOnlySpan<byte> d)
    {
        bool cased = false, prev = false;
        foreach (var b in d)
        {
            if (char.IsAsciiLetterUpper((char)b))
            {
                if (prev) return false;
                prev = cased = true;
            }
            else if (char.IsAsciiLetterLower((char)b))
            {
                if (!prev) return false;
                prev = cased = true;
            }
            else prev = false;
        }
        return cased;
    }

    /// <summary>ASCII case mapping: 0 lower, 1 upper, 2 swapcase, 3 capitalize, 4 title.</summary>
    public static byte[] MapAscii(ReadOnlySpan<byte> d, int mode)
    {
        var r = d.ToArray();
        bool prevCased = false;
        for (int i = 0; i < r.Length; i++)
        {
            byte b = r[i];
            bool up = b is >= (byte)'A' and <= (byte)'Z', low = b is >= (byte)'a' and <= (byte)'z';
            bool toLower = mode switch
            {
                0 => true,
                2 => up,
                3 => i > 0,
                4 => prevCased,
                _ => false,
            };
            bool toUpper = mode switch
            {
                1 => true,
                2 => low,
                3 => i == 0,
                4 => !prevCased,
                _ => false,
            };
            if (toLower && up) r[i] = (byte)(b + 32);
            else if (toUpper && low) r[i] = (byte)(b - 32);
            prevCased = up || low;
        }
        return r;
    }

    // ------------------------------------------------------------ items

    public static PyObject GetItem(PyContext ctx, PyObject self, PyObject key)
    {
        var d = Data(self);
        if (key is PySlice sl)
        {
            var (start, _, step, n) = sl.Indices(ctx, d.Length);
            byte[] r;
            if (step == 1) r = d.Slice((int)start, (int)n).ToArray();
            else
            {
                r = new byte[n];
                for (long i = 0, j = start; i < n; i++, j += step) r[i] = d[(int)j];
            }
            return Make(self, r);
        }
        bool isArray = self is PyByteArray;
        if (key is not PyIntegral && key.Type.Lookup("__index__") == null)
            throw PyErr.TypeError($"{(isArray ? "bytearray" : "byte")} indices must be integers or slices, not {key.Type.Name}");
        long idx = Conversions.IndexToLong(ctx, key);
        if (idx < 0) idx += d.Length;
        if (idx < 0 || idx >= d.Length) throw PyErr.IndexError(isArray ? "bytearray index out of range" : "index out of range");
        return PyInt.Get(d[(int)idx]);
    }

    public static void SetItem(PyContext ctx, PyByteArray self, PyObject key, PyObject value)
    {
        var l = self.Value;
        if (key is PySlice sl)
        {
            byte[] src;
            if (BufferBytes(value) is { } raw) src = ReferenceEquals(value, self) ? raw.ToArray() : raw;
            else if (value is PyIntegral || value is PyStr || (value.Type.Lookup("__iter__") == null && value is not PyIterator))
                throw PyErr.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            else
            {
                var items = new List<byte>();
                foreach (var v in Iteration.Enumerate(ctx, value)) items.Add(ByteValue(ctx, v));
                src = items.ToArray();
            }
            var (start, stop, step, n) = sl.Indices(ctx, l.Count);
            if (step == 1)
            {
                if (stop < start) stop = start;
                l.RemoveRange((int)start, (int)(stop - start));
                l.InsertRange((int)start, src);
                return;
            }
            if (src.Length != n) throw PyErr.ValueError($"attempt to assign bytes of size {src.Length} to extended slice of size {n}");
            for (long i = 0, j = start; i < n; i++, j += step) l[(int)j] = src[i];
            return;
        }
        if (key is not PyIntegral && key.Type.Lookup("__index__") == null)
            throw PyErr.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        long idx = Conversions.IndexToLong(ctx, key);
        byte b = ByteValue(ctx, value);
        if (idx < 0) idx += l.Count;
        if (idx < 0 || idx >= l.Count) throw PyErr.IndexError("bytearray index out of range");
        l[(int)idx] = b;
    }

    public static void DelItem(PyContext ctx, PyByteArray self, PyObject key)
    {
        var l = self.Value;
        if (key is PySlice sl)
        {
            var (start, _, step, n) = sl.Indices(ctx, l.Count);
            if (n == 0) return;
            if (step < 0) { start += (n - 1) * step; step = -step; }
            if (step == 1) { l.RemoveRange((int)start, (int)n); return; }
            var keep = new List<byte>(l.Count);
            for (int i = 0; i < l.Count; i++)
                if (!(i >= start && (i - start) % step == 0 && (i - start) / step < n)) keep.Add(l[i]);
            self.Value.Clear();
            self.Value.AddRange(keep);
            return;
        }
        if (key is not PyIntegral && key.Type.Lookup("__index__") == null)
            throw PyErr.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        long idx = Conversions.IndexToLong(ctx, key);
        if (idx < 0) idx += l.Count;
        if (idx < 0 || idx >= l.Count) throw PyErr.IndexError("bytearray index out of range");
        l.RemoveAt((int)idx);
    }

    public static bool Contains(PyContext ctx, ReadOnlySpan<byte> d, PyObject x)
    {
        if (x is PyIntegral || (x.Type.Lookup("__index__") != null && BufferBytes(x) == null))
            return d.IndexOf(ByteValue(ctx, x)) >= 0;
        return d.IndexOf(Need(x)) >= 0;
    }

    // ------------------------------------------------------------ search

    /// <summary>The needle of find/count/index: bytes-like or an int in range(256).</summary>
    private static byte[] SubArg(PyContext ctx, PyObject o)
    {
        if (BufferBytes(o) is { } b) return b;
        if (o is PyIntegral || o.Type.Lookup("__index__") != null) return new[] { ByteValue(ctx, o) };
        throw PyErr.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
    }

    private static byte[] SubArgs(PyContext ctx, int len, PyObject[] a, string name, out long start, out long end)
    {
        if (a.Length < 1) throw PyErr.TypeError($"{name}() takes at least 1 argument (0 given)");
        if (a.Length > 3) throw PyErr.TypeError($"{name}() takes at most 3 arguments ({a.Length} given)");
        var sub = SubArg(ctx, a[0]);
        StrMethods.SliceBounds(ctx, a, 1, len, out start, out end);
        return sub;
    }

    internal static long FindArgs(PyContext ctx, PyObject self, PyObject[] a, string name, bool reverse)
    {
        int len = Data(self).Length;
        var sub = SubArgs(ctx, len, a, name, out long start, out long end);
        var d = Data(self);
        if (end - start < sub.Length) return -1;
        if (sub.Length == 0) return reverse ? end : start;
        var span = d.Slice((int)start, (int)(end - start));
        int r = reverse ? span.LastIndexOf(sub) : span.IndexOf(sub);
        return r < 0 ? -1 : r + start;
    }

    internal static long CountArgs(PyContext ctx, PyObject self, PyObject[] a)
    {
        int len = Data(self).Length;
        var sub = SubArgs(ctx, len, a, "count", out long start, out long end);
        if (end - start < sub.Length) return 0;
        if (sub.Length == 0) return end - start + 1;
        var span = Data(self).Slice((int)start, (int)(end - start));
        if (sub.Length == 1) return span.Count(sub[0]);
        long n = 0;
        while (true)
        {
            int k = span.IndexOf(sub);
            if (k < 0) return n;
            n++;
            span = span[(k + sub.Length)..];
        }
    }

    internal static bool TailMatchArgs(PyContext ctx, PyObject self, PyObject[] a, string name, bool atEnd)
    {
        if (a.Length < 1) throw PyErr.TypeError($"{name}() takes at least 1 argument (0 given)");
        if (a.Length > 3) throw PyErr.TypeError($"{name}() takes at most 3 arguments ({a.Length} given)");
        int len = Data(self).Length;
        StrMethods.SliceBounds(ctx, a, 1, len, out long start, out long end);
        if (a[0] is PyTuple t)
        {
            foreach (var x in t.Items)
                if (TailMatch(Data(self), Need(x), start, end, atEnd)) return true;
            return false;
        }
        var one = BufferBytes(a[0]) ?? throw PyErr.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {a[0].Type.Name}");
        return TailMatch(Data(self), one, start, end, atEnd);
    }

    private static bool TailMatch(ReadOnlySpan<byte> d, byte[] sub, long start, long end, bool atEnd)
    {
        if (end - sub.Length < start) return false;
        long at = atEnd ? end - sub.Length : start;
        return d.Slice((int)at, sub.Length).SequenceEqual(sub);
    }

    // ------------------------------------------------------------ split, strip, join

    public static PyList Split(PyObject self, byte[]? sep, long maxsplit, bool fromRight)
    {
        var d = Data(self).ToArray();
        var pieces = new List<(int, int)>();
        if (sep == null)
        {
            if (!fromRight)
            {
                int i = 0, n = d.Length;
                while (maxsplit-- > 0)
                {
                    while (i < n && IsSpace(d[i])) i++;
                    if (i == n) break;
                    int j = i++;
                    while (i < n && !IsSpace(d[i])) i++;
                    pieces.Add((j, i));
                }
                if (i < n)
                {
                    while (i < n && IsSpace(d[i])) i++;
                    if (i != n) pieces.Add((i, n));
                }
            }
            else
            {
                int i = d.Length - 1;
                while (maxsplit-- > 0)
                {
                    while (i >= 0 && IsSpace(d[i])) i--;
                    if (i < 0) break;
                    int j = i--;
                    while (i >= 0 && !IsSpace(d[i])) i--;
                    pieces.Add((i + 1, j + 1));
                }
                if (i >= 0)
                {
                    while (i >= 0 && IsSpace(d[i])) i--;
                    if (i >= 0) pieces.Add((0, i + 1));
                }
                pieces.Reverse();
            }
        }
        else
        {
            if (sep.Length == 0) throw PyErr.ValueError("empty separator");
            if (!fromRight)
            {
                int start = 0;
                while (maxsplit-- > 0)
                {
                    int k = d.AsSpan(start).IndexOf(sep);
                    if (k < 0) break;
                    pieces.Add((start, start + k));
                    start += k + sep.Length;
                }
                pieces.Add((start, d.Length));
            }
            else
            {
                int end = d.Length;
                while (maxsplit-- > 0)
                {
                    int k = d.AsSpan(0, end).LastIndexOf(sep);
                    if (k < 0) break;
                    pieces.Add((k + sep.Length, end));
                    end = k;
                }
                pieces.Add((0, end));
                pieces.Reverse();
            }
        }
        var result = new PyList(pieces.Count);
        foreach (var (a, b) in pieces) result.Append(Make(self, d[a..b], keepSelf: a == 0 && b == d.Length));
        return result;
    }

    public static PyList SplitLines(PyObject self, bool keepends)
    {
        var d = Data(self).ToArray();
        var result = new PyList();
        int i = 0, n = d.Length;
        while (i < n)
        {
            int j = i;
            while (i < n && d[i] != '\n' && d[i] != '\r') i++;
            int eol = i;
            if (i < n)
            {
                i += d[i] == '\r' && i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
                if (keepends) eol = i;
            }
            result.Append(Make(self, d[j..eol], keepSelf: j == 0 && eol == n));
        }
        return result;
    }

    public static PyObject Strip(PyObject self, PyObject[] a, string name, bool left, bool right)
    {
        if (a.Length > 1) throw PyErr.TypeError($"{name} expected at most 1 argument, got {a.Length}");
        byte[]? chars = a.Length == 0 || a[0] is PyNone ? null : Need(a[0]);
        var d = Data(self);
        int i = 0, j = d.Length;
        if (left) while (i < j && (chars == null ? IsSpace(d[i]) : chars.AsSpan().Contains(d[i]))) i++;
        if (right) while (j > i && (chars == null ? IsSpace(d[j - 1]) : chars.AsSpan().Contains(d[j - 1]))) j--;
        return Make(self, d[i..j].ToArray(), keepSelf: i == 0 && j == d.Length);
    }

    public static PyTuple Partition(PyObject self, byte[] sep, bool fromRight)
    {
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        var d = Data(self).ToArray();
        int k = fromRight ? d.AsSpan().LastIndexOf(sep) : d.AsSpan().IndexOf(sep);
        PyObject Empty() => Make(self, Array.Empty<byte>());
        if (k < 0) return fromRight ? PyTuple.Of(Empty(), Empty(), Make(self, d, true)) : PyTuple.Of(Make(self, d, true), Empty(), Empty());
        return PyTuple.Of(Make(self, d[..k]), Make(self, sep), Make(self, d[(k + sep.Length)..]));
    }

    public static PyObject Join(PyContext ctx, PyObject self, PyObject iterable)
    {
        PyObject[] items;
        try
        {
            items = Iteration.ToArray(ctx, iterable);
        }
        catch (PyException e) when (e.Value.Type == TypeObjects.TypeError && iterable.Type.Lookup("__iter__") == null && iterable.Type.Lookup("__getitem__") == null)
        {
            throw PyErr.TypeError("can only join an iterable");
        }
        var sep = Data(self).ToArray();
        var r = new List<byte>();
        for (int i = 0; i < items.Length; i++)
        {
            var b = BufferBytes(items[i]) ?? throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            if (i > 0) r.AddRange(sep);
            r.AddRange(b);
        }
        return Make(self, r.ToArray());
    }

    public static byte[] Replace(ReadOnlySpan<byte> d, byte[] old, byte[] nw, long count)
    {
        if (count < 0) count = long.MaxValue;
        var r = new List<byte>(d.Length);
        if (old.Length == 0)
        {
            int i = 0;
            while (count > 0 && i <= d.Length)
            {
                r.AddRange(nw);
                count--;
                if (i < d.Length) r.Add(d[i]);
                i++;
            }
            if (i < d.Length) r.AddRange(d[i..].ToArray());
            return r.ToArray();
        }
        int pos = 0;
        while (count-- > 0)
        {
            int k = d[pos..].IndexOf(old);
            if (k < 0) break;
            r.AddRange(d.Slice(pos, k).ToArray());
            r.AddRange(nw);
            pos += k + old.Length;
        }
        r.AddRange(d[pos..].ToArray());
        return r.ToArray();
    }

    // ------------------------------------------------------------ padding, tabs, translate

    internal static PyObject Justify(PyContext ctx, PyObject self, PyObject[] a, string name)
    {
        if (a.Length < 1) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        if (a.Length > 2) throw PyErr.TypeError($"{name} expected at most 2 arguments, got {a.Length}");
        long width = Conversions.IndexToLong(ctx, a[0]);
        byte fill = (byte)' ';
        if (a.Length == 2)
        {
            var f = a[1] is PyBytes or PyByteArray ? BufferBytes(a[1]) : null;
            if (f == null || f.Length != 1) throw PyErr.TypeError($"{name}() argument 2 must be a byte string of length 1, not {a[1].Type.Name}");
            fill = f[0];
        }
        var d = Data(self);
        if (width <= d.Length) return Make(self, d.ToArray(), keepSelf: true);
        long marg = width - d.Length;
        long left = name switch { "ljust" => 0, "rjust" => marg, _ => marg / 2 + (marg & width & 1) };
        var r = new byte[width];
        r.AsSpan(0, (int)left).Fill(fill);
        d.CopyTo(r.AsSpan((int)left));
        r.AsSpan((int)left + d.Length).Fill(fill);
        return Make(self, r);
    }

    public static PyObject ZFill(PyObject self, long width)
    {
        var d = Data(self);
        if (width <= d.Length) return Make(self, d.ToArray(), keepSelf: true);
        var r = new byte[width];
        int fill = (int)(width - d.Length);
        r.AsSpan(0, fill).Fill((byte)'0');
        d.CopyTo(r.AsSpan(fill));
        if (d.Length > 0 && (d[0] == '+' || d[0] == '-'))
        {
            r[0] = d[0];
            r[fill] = (byte)'0';
        }
        return Make(self, r);
    }

    public static PyObject ExpandTabs(PyObject self, long tabsize)
    {
        var d = Data(self);
        var r = new List<byte>(d.Length);
        long column = 0;
        foreach (var b in d)
        {
            if (b == '\t')
            {
                if (tabsize > 0)
                {
                    long incr = tabsize - column % tabsize;
                    column += incr;
                    for (long k = 0; k < incr; k++) r.Add((byte)' ');
                }
                continue;
            }
            r.Add(b);
            column++;
            if (b is (byte)'\n' or (byte)'\r') column = 0;
        }
        return Make(self, r.ToArray());
    }

    public static PyObject Translate(PyObject self, PyObject table, PyObject? delete)
    {
        byte[]? map = null;
        if (table is not PyNone)
        {
            map = Need(table);
            if (map.Length != 256) throw PyErr.ValueError("translation table must be 256 characters long");
        }
        var del = delete == null ? Array.Empty<byte>() : Need(delete);
        var d = Data(self);
        var r = new List<byte>(d.Length);
        foreach (var b in d)
        {
            if (del.AsSpan().Contains(b)) continue;
            r.Add(map == null ? b : map[b]);
        }
        return Make(self, r.ToArray());
    }

    // ------------------------------------------------------------ hex

    public static PyStr Hex(PyContext ctx, ReadOnlySpan<byte> d, PyObject[] a)
    {
        if (a.Length > 2) throw PyErr.TypeError($"hex() takes at most 2 arguments ({a.Length} given)");
        string? sep = null;
        long per = 1;
        if (a.Length > 0)
        {
            sep = a[0] switch
            {
                PyStr s => s.Value,
                _ when BufferBytes(a[0]) is { } sb => Encoding.Latin1.GetString(sb),
                _ => throw PyErr.TypeError($"sep must be str or bytes."),
            };
            if (new PyStr(sep).Length != 1) throw PyErr.ValueError("sep must be length 1.");
            if (sep[0] > 127) throw PyErr.ValueError("sep must be ASCII.");
            if (a.Length > 1) per = Conversions.IndexToLong(ctx, a[1]);
        }
        var hex = Convert.ToHexStringLower(d);
        if (sep == null || per == 0 || d.Length == 0) return new PyStr(hex);
        long group = Math.Abs(per);
        var sbOut = new StringBuilder(hex.Length + d.Length);
        for (int i = 0; i < d.Length; i++)
        {
            // Positive counts group from the right, negative from the left.
            bool boundary = per > 0 ? i > 0 && (d.Length - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary) sbOut.Append(sep);
            sbOut.Append(hex, 2 * i, 2);
        }
        return new PyStr(sbOut.ToString());
    }

    public static byte[] FromHex(string s)
    {
        var r = new List<byte>(s.Length / 2);
        int i = 0;
        while (i < s.Length)
        {
            if (UnicodeDb.IsSpace(s[i])) { i++; continue; }
            int hi = HexDigit(s[i]);
            if (hi < 0) throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= s.Length || HexDigit(s[i + 1]) < 0)
                throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + HexDigit(s[i + 1])));
            i += 2;
        }
        return r.ToArray();
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    // ------------------------------------------------------------ constructors

    /// <summary>bytes(x, encoding, errors) / bytearray(...): the initial contents.</summary>
    public static byte[] FromSource(PyContext ctx, PyObject? source, PyObject? encoding, PyObject? errors, string typeName)
    {
        if (source == null)
        {
            if (encoding != null || errors != null) throw PyErr.TypeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            return Array.Empty<byte>();
        }
        if (source is PyStr || source is PyInstance { Native: PyStr })
        {
            if (encoding == null) throw PyErr.TypeError("string argument without an encoding");
            var enc = Conversions.ToStr(encoding, $"{typeName}() argument 'encoding'");
            var err = errors == null ? "strict" : Conversions.ToStr(errors, $"{typeName}() argument 'errors'");
            return Codecs.Encode(Conversions.ToStr(source, "string"), enc, err);
        }
        if (encoding != null) throw PyErr.TypeError("encoding without a string argument");
        if (errors != null) throw PyErr.TypeError("errors without a string argument");
        if (BufferBytes(source) is { } raw) return source is PyBytes ? raw : raw.ToArray();
        if (source is PyIntegral || (source.Type.Lookup("__index__") != null && source is not PyInstance { Native: PyList or PyTuple }))
        {
            var n = Conversions.Index(ctx, source);
            if (n < 0) throw PyErr.ValueError("negative count");
            if (n > int.MaxValue) throw PyErr.New(TypeObjects.MemoryError);
            return new byte[(int)n];
        }
        if (source.Type.Lookup("__iter__") == null && source.Type.Lookup("__getitem__") == null && source is not PyIterator)
            throw PyErr.TypeError($"cannot convert '{source.Type.Name}' object to {typeName}");
        var items = new List<byte>();
        foreach (var x in Iteration.Enumerate(ctx, source))
        {
            var v = Conversions.Index(ctx, x);
            if (v < 0 || v > 255) throw PyErr.ValueError(typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            items.Add((byte)v);
        }
        return items.ToArray();
    }
}

/// <summary>Iterates bytes or (live) bytearray contents as ints.</summary>
public sealed class BytesIterator : PyIterator
{
    private readonly PyObject _b;
    private int _i;
    public BytesIterator(PyObject b) { _b = b; }
    public override string TypeName => _b is PyByteArray ? "bytearray_iterator" : "bytes_iterator";
    public override PyObject? IterNext(PyContext ctx)
    {
        var d = BytesMethods.Data(_b);
        if (_i < d.Length) return PyInt.Get(d[_i++]);
        _i = int.MaxValue;
        return null;
    }
}
