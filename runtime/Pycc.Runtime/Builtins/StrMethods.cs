using System.Runtime.CompilerServices;
using System.Text;

namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallStr()
    {
        var t = TypeObjects.Str;
        t.Def("join", (ctx, s, it) => StrMethods.Join(ctx, (PyStr)s, it));
        t.Def("__len__", (ctx, s) => PyInt.Get(((PyStr)s).Length));
        t.Def("__getitem__", (ctx, s, k) => StrMethods.GetItem(ctx, (PyStr)s, k));
        t.Def("__contains__", (ctx, s, x) => PyBool.Of(Ops.Contains(ctx, s, x)));
        t.Def("__iter__", (ctx, s) => s.GetIter(ctx));
        t.Def("__format__", (ctx, s, spec) =>
        {
            var sp = Conversions.ToStr(spec, "format spec");
            var v = ((PyStr)s).Value;
            return sp.Length == 0 ? (s is PyStr ps ? ps : new PyStr(v)) : new PyStr(NumberFormat.FormatStr(v, sp, s.Type.Name));
        });
        t.Def("__getnewargs__", (ctx, s) => PyTuple.Of(new PyStr(((PyStr)s).Value)));
        t.Def("__sizeof__", (ctx, s) => PyInt.Get(49 + ((PyStr)s).Value.Length * 2));

        t.Def("lower", (ctx, s) => StrMethods.Lower((PyStr)s));
        t.Def("upper", (ctx, s) => StrMethods.Upper((PyStr)s));
        t.Def("casefold", (ctx, s) => StrMethods.MapCase((PyStr)s, 3));
        t.Def("swapcase", (ctx, s) => StrMethods.SwapCase((PyStr)s));
        t.Def("title", (ctx, s) => StrMethods.Title((PyStr)s));
        t.Def("capitalize", (ctx, s) => StrMethods.Capitalize((PyStr)s));

        t.Def("isascii", (ctx, s) => PyBool.Of(System.Text.Ascii.IsValid(((PyStr)s).Value)));
        t.Def("isalpha", (ctx, s) => PyBool.Of(StrMethods.All((PyStr)s, UnicodeDb.Alpha)));
        t.Def("isdecimal", (ctx, s) => PyBool.Of(StrMethods.All((PyStr)s, UnicodeDb.Decimal)));
        t.Def("isdigit", (ctx, s) => PyBool.Of(StrMethods.All((PyStr)s, UnicodeDb.Digit)));
        t.Def("isnumeric", (ctx, s) => PyBool.Of(StrMethods.All((PyStr)s, UnicodeDb.Numeric)));
        t.Def("isalnum", (ctx, s) => PyBool.Of(StrMethods.All((PyStr)s, UnicodeDb.Alpha | UnicodeDb.Decimal | UnicodeDb.Digit | UnicodeDb.Numeric)));
        t.Def("isspace", (ctx, s) => PyBool.Of(StrMethods.All((PyStr)s, UnicodeDb.Space)));
        t.Def("isprintable", (ctx, s) => PyBool.Of(((PyStr)s).Value.Length == 0 || StrMethods.All((PyStr)s, UnicodeDb.Printable)));
        t.Def("isidentifier", (ctx, s) => PyBool.Of(StrMethods.IsIdentifier((PyStr)s)));
        t.Def("islower", (ctx, s) => PyBool.Of(StrMethods.IsLower((PyStr)s)));
        t.Def("isupper", (ctx, s) => PyBool.Of(StrMethods.IsUpper((PyStr)s)));
        t.Def("istitle", (ctx, s) => PyBool.Of(StrMethods.IsTitle((PyStr)s)));

        // The common call shapes get delegates of their own: no argument array, no parser.
        var split = t.DefKw("split", (ctx, s, a, kw) =>
        {
            var p = new ArgParser("split", a, kw, "sep", "maxsplit");
            return StrMethods.Split((PyStr)s, StrMethods.SepArg(p.OrNull(0)), StrMethods.MaxSplit(ctx, p[1]));
        });
        split.F0 = (ctx, s) => StrMethods.Split((PyStr)s, null, long.MaxValue);
        split.F1 = (ctx, s, sep) => StrMethods.Split((PyStr)s, StrMethods.SepArg(sep is PyNone ? null : sep), long.MaxValue);
        var rsplit = t.DefKw("rsplit", (ctx, s, a, kw) =>
        {
            var p = new ArgParser("rsplit", a, kw, "sep", "maxsplit");
            return StrMethods.RSplit((PyStr)s, StrMethods.SepArg(p.OrNull(0)), StrMethods.MaxSplit(ctx, p[1]));
        });
        rsplit.F0 = (ctx, s) => StrMethods.RSplit((PyStr)s, null, long.MaxValue);
        rsplit.F1 = (ctx, s, sep) => StrMethods.RSplit((PyStr)s, StrMethods.SepArg(sep is PyNone ? null : sep), long.MaxValue);
        t.DefKw("splitlines", (ctx, s, a, kw) =>
        {
            var p = new ArgParser("splitlines", a, kw, "keepends");
            return StrMethods.SplitLines((PyStr)s, p[0] != null && !Conversions.Index(ctx, p[0]!).IsZero);
        });
        foreach (var (name, left, right) in new[] { ("strip", true, true), ("lstrip", true, false), ("rstrip", false, true) })
        {
            var n = name;
            bool l = left, r = right;
            var strip = t.DefVar(n, (ctx, s, a) => StrMethods.Strip((PyStr)s, StripArg(a, n), l, r));
            strip.F0 = (ctx, s) => StrMethods.Strip((PyStr)s, null, l, r);
            strip.F1 = (ctx, s, chars) => StrMethods.Strip((PyStr)s, StripArg(chars, n), l, r);
        }
        t.Def("partition", (ctx, s, sep) => StrMethods.Partition((PyStr)s, StrArg(sep), false));
        t.Def("rpartition", (ctx, s, sep) => StrMethods.Partition((PyStr)s, StrArg(sep), true));
        var replace = t.DefVar("replace", (ctx, s, a) =>
        {
            if (a.Length < 2) throw PyErr.TypeError($"replace expected at least 2 arguments, got {a.Length}");
            if (a.Length > 3) throw PyErr.TypeError($"replace expected at most 3 arguments, got {a.Length}");
            var old = a[0] as PyStr ?? throw PyErr.TypeError($"replace() argument 1 must be str, not {a[0].Type.Name}");
            var nw = a[1] as PyStr ?? throw PyErr.TypeError($"replace() argument 2 must be str, not {a[1].Type.Name}");
            long count = a.Length > 2 ? Conversions.IndexToLong(ctx, a[2]) : -1;
            return StrMethods.Replace((PyStr)s, old, nw, count);
        });
        replace.F2 = (ctx, s, o, n) => o is PyStr old && n is PyStr nw
            ? StrMethods.Replace((PyStr)s, old, nw, -1)
            : replace.FV!(ctx, s, new[] { o, n });
        t.Def("removeprefix", (ctx, s, x) =>
        {
            var str = (PyStr)s;
            var p = x as PyStr ?? throw PyErr.TypeError($"removeprefix() argument must be str, not {x.Type.Name}");
            return str.Value.StartsWith(p.Value, StringComparison.Ordinal) && p.Value.Length > 0 ? new PyStr(str.Value[p.Value.Length..]) : str;
        });
        t.Def("removesuffix", (ctx, s, x) =>
        {
            var str = (PyStr)s;
            var p = x as PyStr ?? throw PyErr.TypeError($"removesuffix() argument must be str, not {x.Type.Name}");
            return str.Value.EndsWith(p.Value, StringComparison.Ordinal) && p.Value.Length > 0 ? new PyStr(str.Value[..^p.Value.Length]) : str;
        });

        var find = t.DefVar("find", (ctx, s, a) => PyInt.Get(StrMethods.FindArgs(ctx, (PyStr)s, a, "find", false)));
        find.F1 = (ctx, s, sub) => PyInt.Get(StrMethods.Find((PyStr)s, sub as PyStr ?? throw PyErr.TypeError($"must be str, not {sub.Type.Name}"), 0, ((PyStr)s).Length, false));
        t.DefVar("rfind", (ctx, s, a) => PyInt.Get(StrMethods.FindArgs(ctx, (PyStr)s, a, "rfind", true)));
        t.DefVar("index", (ctx, s, a) =>
        {
            long r = StrMethods.FindArgs(ctx, (PyStr)s, a, "index", false);
            return r >= 0 ? PyInt.Get(r) : throw PyErr.ValueError("substring not found");
        });
        t.DefVar("rindex", (ctx, s, a) =>
        {
            long r = StrMethods.FindArgs(ctx, (PyStr)s, a, "rindex", true);
            return r >= 0 ? PyInt.Get(r) : throw PyErr.ValueError("substring not found");
        });
        t.DefVar("count", (ctx, s, a) =>
        {
            var str = (PyStr)s;
            var sub = StrMethods.SubArgs(ctx, str, a, "count", out long start, out long end);
            return PyInt.Get(StrMethods.Count(str, sub, start, end));
        });
        foreach (var (name, atEnd) in new[] { ("startswith", false), ("endswith", true) })
        {
            var n = name;
            bool e = atEnd;
            var tail = t.DefVar(n, (ctx, s, a) => PyBool.Of(StrMethods.TailMatchArgs(ctx, (PyStr)s, a, n, e)));
            tail.F1 = (ctx, s, x) => x is PyStr sub
                ? PyBool.Of(StrMethods.TailMatch((PyStr)s, sub, 0, ((PyStr)s).Length, e))
                : PyBool.Of(StrMethods.TailMatchArgs(ctx, (PyStr)s, new[] { x }, n, e));
        }

        t.DefVar("center", (ctx, s, a) => StrMethods.Justify(ctx, (PyStr)s, a, "center"));
        t.DefVar("ljust", (ctx, s, a) => StrMethods.Justify(ctx, (PyStr)s, a, "ljust"));
        t.DefVar("rjust", (ctx, s, a) => StrMethods.Justify(ctx, (PyStr)s, a, "rjust"));
        t.Def("zfill", (ctx, s, w) => StrMethods.ZFill((PyStr)s, Conversions.IndexToLong(ctx, w)));
        t.DefKw("expandtabs", (ctx, s, a, kw) =>
        {
            var p = new ArgParser("expandtabs", a, kw, "tabsize");
            return StrMethods.ExpandTabs((PyStr)s, p[0] == null ? 8 : Conversions.IndexToLong(ctx, p[0]!));
        });
        t.Def("translate", (ctx, s, table) => StrMethods.Translate(ctx, (PyStr)s, table));
        t.DefStatic("maketrans", (ctx, _, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyErr.TypeError("maketrans() takes no keyword arguments");
            return StrMethods.MakeTrans(ctx, a);
        });
        t.DefKw("encode", (ctx, s, a, kw) =>
        {
            var p = new ArgParser("encode", a, kw, "encoding", "errors");
            var enc = p[0] == null ? "utf-8" : Conversions.ToStr(p[0]!, "encode() argument 'encoding'");
            var errors = p[1] == null ? "strict" : Conversions.ToStr(p[1]!, "encode() argument 'errors'");
            return new PyBytes(Codecs.Encode(((PyStr)s).Value, enc, errors));
        });
        t.DefKw("format", (ctx, s, a, kw) => new PyStr(StrFormat.Format(ctx, ((PyStr)s).Value, a, kw, null)));
        t.Def("format_map", (ctx, s, m) => new PyStr(StrFormat.Format(ctx, ((PyStr)s).Value, Array.Empty<PyObject>(), null, m)));
    }

    private static PyStr StrArg(PyObject o) => o as PyStr ?? throw PyErr.TypeError($"must be str, not {o.Type.Name}");

    private static PyStr? StripArg(PyObject[] a, string name)
    {
        if (a.Length > 1) throw PyErr.TypeError($"{name} expected at most 1 argument, got {a.Length}");
        return a.Length == 0 ? null : StripArg(a[0], name);
    }

    private static PyStr? StripArg(PyObject chars, string name) =>
        chars is PyNone ? null : chars as PyStr ?? throw PyErr.TypeError($"{name} arg must be None or str");
}

/// <summary>Iterates a str by code point.</summary>
public sealed class StrIterator : PyIterator
{
    private readonly string _s;
    private int _i;
    public StrIterator(PyStr s) { _s = s.Value; }
    public override string TypeName => "str_ascii_iterator";
    public override PyObject? IterNext(PyContext ctx)
    {
        var s = _s;
        int i = _i;
        if (i >= s.Length) return null;
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            _i = i + 2;
            return new PyStr(s.Substring(i, 2));
        }
        _i = i + 1;
        return PyStr.Char(c);
    }
}

/// <summary>
/// The algorithms behind str's methods, with CPython's semantics: indices and widths count
/// code points, whitespace and case follow CPython's Unicode database (<see cref="UnicodeDb"/>).
/// </summary>
public static class StrMethods
{
    // ------------------------------------------------------------ helpers

    /// <summary>The code-point index of a UTF-16 offset that starts a code point.</summary>
    public static int OffsetToIndex(PyStr s, int offset)
    {
        if (s.IsSimple) return offset;
        int lo = 0, hi = s.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (s.Offset(mid) < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>CPython's ADJUST_INDICES: negative bounds count from the end; end is clamped, start only below.</summary>
    public static void AdjustIndices(ref long start, ref long end, long len)
    {
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
    }

    private static bool IsSpace(char c) => c < 128 ? c is ' ' or (>= '\t' and <= '\r') or (>= '\x1c' and <= '\x1f') : UnicodeDb.Has(c, UnicodeDb.Space);

    private static int CodePointAt(string s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    private static int[] CodePoints(PyStr s)
    {
        var r = new int[s.Length];
        var v = s.Value;
        for (int i = 0, k = 0; i < v.Length; k++)
        {
            r[k] = CodePointAt(v, i, out int w);
            i += w;
        }
        return r;
    }

    internal static PyStr? SepArg(PyObject? o) => o == null ? null : o as PyStr ?? throw PyErr.TypeError($"must be str or None, not {o.Type.Name}");

    internal static long MaxSplit(PyContext ctx, PyObject? o)
    {
        if (o == null) return long.MaxValue;
        long v = Conversions.IndexToLong(ctx, o);
        return v < 0 ? long.MaxValue : v;
    }

    public static PyObject GetItem(PyContext ctx, PyStr s, PyObject key)
    {
        if (key is PySlice sl) return Slicing.SliceStr(ctx, s, sl);
        if (key is not PyIntegral && key.Type.Lookup("__index__") == null && key is not PyInstance { Native: PyIntegral })
            throw PyErr.TypeError($"string indices must be integers, not '{key.Type.Name}'");
        long i = Conversions.IndexToLong(ctx, key);
        return PyStr.Char(s.CodePointAt(Ops.CheckIndex(i, s.Length, "string")));
    }

    // ------------------------------------------------------------ case

    public static PyStr Lower(PyStr s)
    {
        var v = s.Value;
        if (Ascii.IsValid(v)) return HasAsciiUpper(v) ? new PyStr(v.ToLowerInvariant()) : s;
        return MapCase(s, 0);
    }

    public static PyStr Upper(PyStr s)
    {
        var v = s.Value;
        if (Ascii.IsValid(v)) return HasAsciiLower(v) ? new PyStr(v.ToUpperInvariant()) : s;
        return MapCase(s, 1);
    }

    private static bool HasAsciiUpper(string v)
    {
        foreach (var c in v) if (c is >= 'A' and <= 'Z') return true;
        return false;
    }

    private static bool HasAsciiLower(string v)
    {
        foreach (var c in v) if (c is >= 'a' and <= 'z') return true;
        return false;
    }

    /// <summary>Maps every code point with one full case mapping (0 lower, 1 upper, 3 casefold).</summary>
    public static PyStr MapCase(PyStr s, int kind)
    {
        if (s.Value.Length == 0) return s;
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Value.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            if (kind == 0) AppendLower(sb, cps, i);
            else AppendMapped(sb, cps[i], kind);
        }
        return new PyStr(sb.ToString());
    }

    private static void AppendMapped(StringBuilder sb, int cp, int kind)
    {
        var m = UnicodeDb.CaseMap(cp, kind);
        if (m != null) sb.Append(m);
        else AppendCodePoint(sb, cp);
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>Lowercases one code point; capital sigma becomes final sigma at the end of a word.</summary>
    private static void AppendLower(StringBuilder sb, int[] cps, int i)
    {
        if (cps[i] == 0x3A3) sb.Append(IsFinalSigma(cps, i) ? '\u03C2' : '\u03C3');
        else AppendMapped(sb, cps[i], 0);
    }

    private static bool IsFinalSigma(int[] cps, int i)
    {
        int j = i - 1;
        while (j >= 0 && UnicodeDb.Has(cps[j], UnicodeDb.CaseIgnorable)) j--;
        if (j < 0 || !UnicodeDb.Has(cps[j], UnicodeDb.Cased)) return false;
        j = i + 1;
        while (j < cps.Length && UnicodeDb.Has(cps[j], UnicodeDb.CaseIgnorable)) j++;
        return j == cps.Length || !UnicodeDb.Has(cps[j], UnicodeDb.Cased);
    }

    public static PyStr SwapCase(PyStr s)
    {
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Value.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int f = UnicodeDb.Flags(cps[i]);
            if ((f & UnicodeDb.Upper) != 0) AppendLower(sb, cps, i);
            else if ((f & UnicodeDb.Lower) != 0) AppendMapped(sb, cps[i], 1);
            else AppendCodePoint(sb, cps[i]);
        }
        return new PyStr(sb.ToString());
    }

    public static PyStr Title(PyStr s)
    {
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Value.Length);
        bool previousCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            if (previousCased) AppendLower(sb, cps, i);
            else AppendMapped(sb, cps[i], 2);
            previousCased = UnicodeDb.Has(cps[i], UnicodeDb.Cased);
        }
        return new PyStr(sb.ToString());
    }

    public static PyStr Capitalize(PyStr s)
    {
        if (s.Value.Length == 0) return s;
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Value.Length);
        AppendMapped(sb, cps[0], 2);
        for (int i = 1; i < cps.Length; i++) AppendLower(sb, cps, i);
        return new PyStr(sb.ToString());
    }

    // ------------------------------------------------------------ predicates

    /// <summary>True when the string is non-empty and every code point has one of the flags.</summary>
    public static bool All(PyStr s, int flags)
    {
        var v = s.Value;
        if (v.Length == 0) return false;
        for (int i = 0; i < v.Length;)
        {
            int cp = CodePointAt(v, i, out int w);
            if ((UnicodeDb.Flags(cp) & flags) == 0) return false;
            i += w;
        }
        return true;
    }

    public static bool IsIdentifier(PyStr s)
    {
        var v = s.Value;
        if (v.Length == 0) return false;
        int first = CodePointAt(v, 0, out int i);
        if (!UnicodeDb.Has(first, UnicodeDb.IdStart)) return false;
        while (i < v.Length)
        {
            if (!UnicodeDb.Has(CodePointAt(v, i, out int w), UnicodeDb.IdContinue)) return false;
            i += w;
        }
        return true;
    }

    public static bool IsLower(PyStr s)
    {
        var v = s.Value;
        bool cased = false;
        for (int i = 0; i < v.Length;)
        {
            int f = UnicodeDb.Flags(CodePointAt(v, i, out int w));
            if ((f & (UnicodeDb.Upper | UnicodeDb.Title)) != 0) return false;
            if ((f & UnicodeDb.Lower) != 0) cased = true;
            i += w;
        }
        return cased;
    }

    public static bool IsUpper(PyStr s)
    {
        var v = s.Value;
        bool cased = false;
        for (int i = 0; i < v.Length;)
        {
            int f = UnicodeDb.Flags(CodePointAt(v, i, out int w));
            if ((f & (UnicodeDb.Lower | UnicodeDb.Title)) != 0) return false;
            if ((f & UnicodeDb.Upper) != 0) cased = true;
            i += w;
        }
        return cased;
    }

    public static bool IsTitle(PyStr s)
    {
        var v = s.Value;
        bool cased = false, previousCased = false;
        for (int i = 0; i < v.Length;)
        {
            int f = UnicodeDb.Flags(CodePointAt(v, i, out int w));
            i += w;
            if ((f & (UnicodeDb.Upper | UnicodeDb.Title)) != 0)
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if ((f & UnicodeDb.Lower) != 0)
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    // ------------------------------------------------------------ join

    public static PyStr Join(PyContext ctx, PyStr sep, PyObject iterable)
    {
        PyObject[] items;
        int n;
        switch (iterable)
        {
            case PyList l: items = l.Items; n = l.Count; break;
            case PyTuple t: items = t.Items; n = t.Count; break;
            default:
                try
                {
                    items = Iteration.ToArray(ctx, iterable);
                }
                catch (PyException e) when (e.Value.Type == TypeObjects.TypeError && IsNotIterableError(iterable))
                {
                    throw PyErr.TypeError("can only join an iterable");
                }
                n = items.Length;
                break;
        }
        if (n == 0) return PyStr.Empty;
        if (n == 1 && items[0] is PyStr only) return only;
        long total = (long)sep.Value.Length * (n - 1);
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFF) == 0xFFF) Safepoint.Check(ctx);
            var x = items[i];
            if (x is PyStr xs) total += xs.Value.Length;
            else if (x is PyInstance { Native: PyStr ns }) total += ns.Value.Length;
            else throw PyErr.TypeError($"sequence item {i}: expected str instance, {x.Type.Name} found");
        }
        if (total > int.MaxValue) throw PyErr.New(TypeObjects.MemoryError);
        // The list may not change between the two passes: no Python code runs in between
        // (a signal handler run at a safepoint could, but only by raising does it stop the join).
        return new PyStr(string.Create((int)total, (sep.Value, items, n, ctx), static (span, st) =>
        {
            var (sepText, arr, count, ctx) = st;
            int pos = 0;
            for (int i = 0; i < count; i++)
            {
                if ((i & 0xFFF) == 0xFFF) Safepoint.Check(ctx);
                if (i > 0 && sepText.Length > 0)
                {
                    sepText.AsSpan().CopyTo(span[pos..]);
                    pos += sepText.Length;
                }
                var text = arr[i] is PyStr s ? s.Value : ((PyStr)((PyInstance)arr[i]).Native!).Value;
                text.AsSpan().CopyTo(span[pos..]);
                pos += text.Length;
            }
        }));
    }

    private static bool IsNotIterableError(PyObject o) =>
        o.Type.Lookup("__iter__") == null && o.Type.Lookup("__getitem__") == null;

    // ------------------------------------------------------------ split

    public static PyList Split(PyStr s, PyStr? sep, long maxsplit)
    {
        var v = s.Value;
        var result = new PyList(8);
        if (sep == null)
        {
            int i = 0, n = v.Length;
            while (maxsplit-- > 0)
            {
                while (i < n && IsSpace(v[i])) i++;
                if (i == n) break;
                int j = i++;
                while (i < n && !IsSpace(v[i])) i++;
                result.Append(Piece(s, j, i));
            }
            if (i < n)
            {
                while (i < n && IsSpace(v[i])) i++;
                if (i != n) result.Append(Piece(s, i, n));
            }
            return result;
        }
        var sp = sep.Value;
        if (sp.Length == 0) throw PyErr.ValueError("empty separator");
        int start = 0;
        while (maxsplit-- > 0)
        {
            int k = sp.Length == 1 ? v.IndexOf(sp[0], start) : v.IndexOf(sp, start, StringComparison.Ordinal);
            if (k < 0) break;
            result.Append(Piece(s, start, k));
            start = k + sp.Length;
        }
        result.Append(Piece(s, start, v.Length));
        return result;
    }

    public static PyList RSplit(PyStr s, PyStr? sep, long maxsplit)
    {
        var v = s.Value;
        var result = new PyList(8);
        if (sep == null)
        {
            int i = v.Length - 1;
            while (maxsplit-- > 0)
            {
                while (i >= 0 && IsSpace(v[i])) i--;
                if (i < 0) break;
                int j = i--;
                while (i >= 0 && !IsSpace(v[i])) i--;
                result.Append(Piece(s, i + 1, j + 1));
            }
            if (i >= 0)
            {
                while (i >= 0 && IsSpace(v[i])) i--;
                if (i >= 0) result.Append(Piece(s, 0, i + 1));
            }
        }
        else
        {
            var sp = sep.Value;
            if (sp.Length == 0) throw PyErr.ValueError("empty separator");
            int end = v.Length;
            while (maxsplit-- > 0 && end >= sp.Length)
            {
                int k = v.LastIndexOf(sp, end - 1, end, StringComparison.Ordinal);
                if (k < 0) break;
                result.Append(Piece(s, k + sp.Length, end));
                end = k;
            }
            result.Append(Piece(s, 0, end));
        }
        Array.Reverse(result.Items, 0, result.Count);
        return result;
    }

    /// <summary>A substring by UTF-16 offsets; the whole string is returned as itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyStr Piece(PyStr s, int from, int to) =>
        from == 0 && to == s.Value.Length ? s : to - from == 1 && s.Value[from] < 256 ? PyStr.Char(s.Value[from]) : new PyStr(s.Value.Substring(from, to - from));

    public static PyList SplitLines(PyStr s, bool keepends)
    {
        var v = s.Value;
        var result = new PyList(8);
        int i = 0, n = v.Length;
        while (i < n)
        {
            int j = i;
            while (i < n && !UnicodeDb.IsLineBreak(v[i])) i++;
            int eol = i;
            if (i < n)
            {
                i += v[i] == '\r' && i + 1 < n && v[i + 1] == '\n' ? 2 : 1;
                if (keepends) eol = i;
            }
            result.Append(Piece(s, j, eol));
        }
        return result;
    }

    public static PyTuple Partition(PyStr s, PyStr sep, bool fromRight)
    {
        var v = s.Value;
        var sp = sep.Value;
        if (sp.Length == 0) throw PyErr.ValueError("empty separator");
        int k = fromRight ? v.LastIndexOf(sp, StringComparison.Ordinal) : v.IndexOf(sp, StringComparison.Ordinal);
        if (k < 0) return fromRight ? PyTuple.Of(PyStr.Empty, PyStr.Empty, s) : PyTuple.Of(s, PyStr.Empty, PyStr.Empty);
        return PyTuple.Of(Piece(s, 0, k), sep, Piece(s, k + sp.Length, v.Length));
    }

    // ------------------------------------------------------------ strip

    public static PyStr Strip(PyStr s, PyStr? chars, bool left, bool right)
    {
        var v = s.Value;
        int i = 0, j = v.Length;
        if (chars == null)
        {
            if (left) while (i < j && IsSpace(v[i])) i++;
            if (right) while (j > i && IsSpace(v[j - 1])) j--;
        }
        else if (chars.IsSimple)
        {
            var set = chars.Value.AsSpan();
            if (left) while (i < j && set.Contains(v[i])) i++;
            if (right) while (j > i && set.Contains(v[j - 1])) j--;
        }
        else
        {
            var set = new HashSet<int>(chars.CodePoints());
            if (left)
                while (i < j)
                {
                    int cp = CodePointAt(v, i, out int w);
                    if (!set.Contains(cp)) break;
                    i += w;
                }
            if (right)
                while (j > i)
                {
                    int w = j - 2 >= i && char.IsLowSurrogate(v[j - 1]) && char.IsHighSurrogate(v[j - 2]) ? 2 : 1;
                    if (!set.Contains(CodePointAt(v, j - w, out _))) break;
                    j -= w;
                }
        }
        return i == 0 && j == v.Length ? s : new PyStr(v[i..j]);
    }

    // ------------------------------------------------------------ search

    /// <summary>Parses (sub[, start[, end]]) for find/index/count; start and end are adjusted.</summary>
    internal static PyStr SubArgs(PyContext ctx, PyStr s, PyObject[] a, string name, out long start, out long end)
    {
        if (a.Length < 1) throw PyErr.TypeError($"{name}() takes at least 1 argument (0 given)");
        if (a.Length > 3) throw PyErr.TypeError($"{name}() takes at most 3 arguments ({a.Length} given)");
        var sub = a[0] as PyStr ?? throw PyErr.TypeError($"must be str, not {a[0].Type.Name}");
        SliceBounds(ctx, a, 1, s.Length, out start, out end);
        return sub;
    }

    internal static void SliceBounds(PyContext ctx, PyObject[] a, int at, long len, out long start, out long end)
    {
        start = a.Length > at && a[at] is not PyNone ? Conversions.IndexToLongClamped(ctx, a[at]) : 0;
        end = a.Length > at + 1 && a[at + 1] is not PyNone ? Conversions.IndexToLongClamped(ctx, a[at + 1]) : long.MaxValue;
        AdjustIndices(ref start, ref end, len);
    }

    internal static long FindArgs(PyContext ctx, PyStr s, PyObject[] a, string name, bool reverse)
    {
        var sub = SubArgs(ctx, s, a, name, out long start, out long end);
        return Find(s, sub, start, end, reverse);
    }

    /// <summary>str.find / rfind over adjusted code-point bounds; -1 when absent.</summary>
    public static long Find(PyStr s, PyStr sub, long start, long end, bool reverse)
    {
        if (end - start < sub.Length) return -1;
        if (sub.Value.Length == 0) return reverse ? end : start;
        int so = s.Offset((int)start), eo = s.Offset((int)end);
        var v = s.Value;
        int r;
        if (sub.Value.Length == 1)
            r = reverse ? v.LastIndexOf(sub.Value[0], eo - 1, eo - so) : v.IndexOf(sub.Value[0], so, eo - so);
        else
            r = reverse ? v.LastIndexOf(sub.Value, eo - 1, eo - so, StringComparison.Ordinal) : v.IndexOf(sub.Value, so, eo - so, StringComparison.Ordinal);
        return r < 0 ? -1 : OffsetToIndex(s, r);
    }

    public static long Count(PyStr s, PyStr sub, long start, long end)
    {
        if (end - start < sub.Length) return 0;
        if (sub.Value.Length == 0) return end - start + 1;
        int so = s.Offset((int)start), eo = s.Offset((int)end);
        var span = s.Value.AsSpan(so, eo - so);
        if (sub.Value.Length == 1) return span.Count(sub.Value[0]);
        long n = 0;
        var needle = sub.Value.AsSpan();
        while (true)
        {
            int k = span.IndexOf(needle, StringComparison.Ordinal);
            if (k < 0) return n;
            n++;
            span = span[(k + needle.Length)..];
        }
    }

    internal static bool TailMatchArgs(PyContext ctx, PyStr s, PyObject[] a, string name, bool atEnd)
    {
        if (a.Length < 1) throw PyErr.TypeError($"{name}() takes at least 1 argument (0 given)");
        if (a.Length > 3) throw PyErr.TypeError($"{name}() takes at most 3 arguments ({a.Length} given)");
        SliceBounds(ctx, a, 1, s.Length, out long start, out long end);
        if (a[0] is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                var sub = x as PyStr ?? throw PyErr.TypeError($"tuple for {name} must only contain str, not {x.Type.Name}");
                if (TailMatch(s, sub, start, end, atEnd)) return true;
            }
            return false;
        }
        var one = a[0] as PyStr ?? throw PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {a[0].Type.Name}");
        return TailMatch(s, one, start, end, atEnd);
    }

    public static bool TailMatch(PyStr s, PyStr sub, long start, long end, bool atEnd)
    {
        long sublen = sub.Length;
        if (end - sublen < start) return false;
        if (sublen == 0) return true;
        long at = atEnd ? end - sublen : start;
        int o = s.Offset((int)at);
        return string.CompareOrdinal(s.Value, o, sub.Value, 0, sub.Value.Length) == 0
               && (s.IsSimple || s.Offset((int)(at + sublen)) - o == sub.Value.Length);
    }

    // ------------------------------------------------------------ replace

    public static PyStr Replace(PyStr s, PyStr old, PyStr nw, long count)
    {
        var v = s.Value;
        if (count < 0) count = long.MaxValue;
        if (count == 0 || v.Length < old.Value.Length) return s;
        if (old.Value.Length == 0)
        {
            // An empty pattern matches before every code point and at the end.
            var sb = new StringBuilder(v.Length + nw.Value.Length * (int)Math.Min(count, s.Length + 1));
            int i = 0;
            while (count > 0 && i <= v.Length)
            {
                sb.Append(nw.Value);
                count--;
                if (i == v.Length) { i++; break; }
                int w = char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]) ? 2 : 1;
                sb.Append(v, i, w);
                i += w;
            }
            if (i < v.Length) sb.Append(v, i, v.Length - i);
            return new PyStr(sb.ToString());
        }
        if (count == long.MaxValue)
        {
            var r = v.Replace(old.Value, nw.Value, StringComparison.Ordinal);
            return ReferenceEquals(r, v) ? s : new PyStr(r);
        }
        var b = new StringBuilder(v.Length);
        int pos = 0;
        while (count-- > 0)
        {
            int k = v.IndexOf(old.Value, pos, StringComparison.Ordinal);
            if (k < 0) break;
            b.Append(v, pos, k - pos).Append(nw.Value);
            pos = k + old.Value.Length;
        }
        if (pos == 0) return s;
        b.Append(v, pos, v.Length - pos);
        return new PyStr(b.ToString());
    }

    // ------------------------------------------------------------ padding

    internal static PyObject Justify(PyContext ctx, PyStr s, PyObject[] a, string name)
    {
        if (a.Length < 1) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        if (a.Length > 2) throw PyErr.TypeError($"{name} expected at most 2 arguments, got {a.Length}");
        long width = Conversions.IndexToLong(ctx, a[0]);
        string fill = " ";
        if (a.Length == 2)
        {
            var f = a[1] as PyStr ?? throw PyErr.TypeError($"{name}() argument 2 must be str, not {a[1].Type.Name}");
            if (f.Length != 1) throw PyErr.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        long len = s.Length;
        if (width <= len) return s;
        long marg = width - len;
        long left = name switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1),
        };
        return new PyStr(Repeat(fill, left) + s.Value + Repeat(fill, marg - left));
    }

    public static string Repeat(string unit, long n)
    {
        if (n <= 0) return "";
        if (n * unit.Length > int.MaxValue) throw PyErr.New(TypeObjects.MemoryError);
        if (unit.Length == 1) return new string(unit[0], (int)n);
        var sb = new StringBuilder(unit.Length * (int)n);
        for (long i = 0; i < n; i++) sb.Append(unit);
        return sb.ToString();
    }

    public static PyStr ZFill(PyStr s, long width)
    {
        long len = s.Length;
        if (width <= len) return s;
        var v = s.Value;
        var zeros = new string('0', (int)(width - len));
        if (v.Length > 0 && (v[0] == '+' || v[0] == '-')) return new PyStr(v[0] + zeros + v[1..]);
        return new PyStr(zeros + v);
    }

    public static PyStr ExpandTabs(PyStr s, long tabsize)
    {
        var v = s.Value;
        if (v.IndexOf('\t') < 0) return s;
        var sb = new StringBuilder(v.Length + 16);
        long column = 0;
        foreach (char c in v)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long incr = tabsize - column % tabsize;
                    column += incr;
                    if (sb.Length + incr > int.MaxValue) throw PyErr.OverflowError("result too long");
                    sb.Append(' ', (int)incr);
                }
                continue;
            }
            sb.Append(c);
            if (!char.IsLowSurrogate(c)) column++;
            if (c is '\n' or '\r') column = 0;
        }
        return new PyStr(sb.ToString());
    }

    // ------------------------------------------------------------ translate

    public static PyStr Translate(PyContext ctx, PyStr s, PyObject table)
    {
        var v = s.Value;
        var sb = new StringBuilder(v.Length);
        var cache = new Dictionary<int, string?>();
        var exactDict = table.GetType() == typeof(PyDict) ? (PyDict)table : null;
        for (int i = 0; i < v.Length;)
        {
            int cp = CodePointAt(v, i, out int w);
            if (!cache.TryGetValue(cp, out var rep))
            {
                rep = TranslateOne(ctx, table, exactDict, cp, v, i, w);
                cache[cp] = rep;
            }
            if (rep != null) sb.Append(rep);
            i += w;
        }
        return new PyStr(sb.ToString());
    }

    /// <summary>The replacement text for one code point; null deletes it.</summary>
    private static string? TranslateOne(PyContext ctx, PyObject table, PyDict? dict, int cp, string text, int at, int width)
    {
        PyObject? r;
        var key = PyInt.Get(cp);
        if (dict != null) r = dict.GetItemOrNull(ctx, key);
        else
        {
            try
            {
                r = Ops.GetItem(ctx, table, key);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.LookupError))
            {
                r = null;
            }
        }
        if (r == null) return text.Substring(at, width);
        switch (r)
        {
            case PyNone: return null;
            case PyStr rs: return rs.Value;
            case PyIntegral ri:
                var big = ri.ToBig();
                if (big < 0 || big > 0x10FFFF) throw PyErr.ValueError("character mapping must be in range(0x110000)");
                return Unicode.ToText((int)big);
        }
        throw PyErr.TypeError("character mapping must return integer, None or str");
    }

    public static PyDict MakeTrans(PyContext ctx, PyObject[] a)
    {
        if (a.Length < 1) throw PyErr.TypeError($"maketrans expected at least 1 argument, got 0");
        if (a.Length > 3) throw PyErr.TypeError($"maketrans expected at most 3 arguments, got {a.Length}");
        var result = new PyDict();
        if (a.Length == 1)
        {
            if (a[0] is not PyDict d) throw PyErr.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var (k, val) in d.Pairs())
            {
                switch (k)
                {
                    case PyStr ks:
                        if (ks.Length != 1) throw PyErr.ValueError("string keys in translate table must be of length 1");
                        result.SetItem(ctx, PyInt.Get(ks.CodePointAt(0)), val);
                        break;
                    case PyIntegral:
                        result.SetItem(ctx, k, val);
                        break;
                    default:
                        throw PyErr.TypeError("keys in translate table must be strings or integers");
                }
            }
            return result;
        }
        var x = a[0] as PyStr ?? throw PyErr.TypeError("first maketrans argument must be a string if there is a second argument");
        var y = a[1] as PyStr ?? throw PyErr.TypeError($"maketrans() argument 2 must be str, not {a[1].Type.Name}");
        if (x.Length != y.Length) throw PyErr.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < x.Length; i++) result.SetItem(ctx, PyInt.Get(x.CodePointAt(i)), PyInt.Get(y.CodePointAt(i)));
        if (a.Length == 3)
        {
            var z = a[2] as PyStr ?? throw PyErr.TypeError($"maketrans() argument 3 must be str, not {a[2].Type.Name}");
            foreach (var cp in z.CodePoints()) result.SetItem(ctx, PyInt.Get(cp), PyNone.Instance);
        }
        return result;
    }
}
