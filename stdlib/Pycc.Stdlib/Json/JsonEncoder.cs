using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using Pycc.Runtime;

namespace Pycc.Stdlib.Json;

/// <summary>The options of a `JSONEncoder`, already resolved (indent as a string, separators split).</summary>
internal sealed class EncodeOptions
{
    public bool SkipKeys, EnsureAscii = true, CheckCircular = true, AllowNan = true, SortKeys;
    public string? Indent;
    public string ItemSeparator = ", ", KeySeparator = ": ";
    /// <summary>Called for objects JSON cannot represent; null raises CPython's TypeError.</summary>
    public PyObject? Default;
}

/// <summary>
/// Writes Python values as JSON text exactly as CPython's encoder does (both its C fast path
/// and, for indented output, its Python one produce the same text).
/// </summary>
internal sealed class JsonEncoder
{
    private readonly PyContext _ctx;
    private readonly EncodeOptions _o;
    private readonly CharBuffer _sb = new();
    private readonly HashSet<PyObject>? _markers;
    private int _level;

    private JsonEncoder(PyContext ctx, EncodeOptions o)
    {
        _ctx = ctx;
        _o = o;
        if (o.CheckCircular) _markers = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
    }

    public static string Encode(PyContext ctx, PyObject value, EncodeOptions o)
    {
        var e = new JsonEncoder(ctx, o);
        try
        {
            e.Write(value);
            return e._sb.ToString();
        }
        finally { e._sb.Dispose(); }
    }

    private void Write(PyObject o)
    {
        if (Safepoint.Requested != 0) Safepoint.Slow(_ctx);
        switch (o)
        {
            case PyNone: _sb.Append("null"); return;
            case PyBool b: _sb.Append(b.Value ? "true" : "false"); return;
            case PyStr s: WriteString(_sb, s.Value, _o.EnsureAscii); return;
            case PyInt i: _sb.AppendLong(i.Value); return;
            case PyBigInt bi: _sb.Append(bi.ToString()); return;
            case PyFloat f: WriteFloat(f.Value); return;
            case PyList l: WriteArray(o, l.Items, l.Count); return;
            case PyTuple t: WriteArray(o, t.Items, t.Count); return;
            case PyDict d: WriteObject(o, d); return;
            // Instances of user subclasses of str, int, float, list, tuple and dict encode as their base.
            case PyInstance { Native: PyStr or PyIntegral or PyFloat or PyList or PyTuple or PyDict } inst:
                WriteSubclassInstance(inst);
                return;
        }
        WriteWithDefault(o);
    }

    private void WriteSubclassInstance(PyInstance inst)
    {
        switch (inst.Native)
        {
            case PyList l: WriteArray(inst, l.Items, l.Count); break;
            case PyTuple t: WriteArray(inst, t.Items, t.Count); break;
            case PyDict d: WriteObject(inst, d); break;
            default: Write(inst.Native!); break;
        }
    }

    private void WriteWithDefault(PyObject o)
    {
        if (_o.Default == null) throw NotSerializable(o);
        Enter(o);
        Write(_o.Default.Call1(_ctx, o));
        Leave(o);
    }

    public static PyException NotSerializable(PyObject o) => PyErr.TypeError($"Object of type {o.Type.Name} is not JSON serializable");

    private void Enter(PyObject o)
    {
        if (_markers != null && !_markers.Add(o)) throw PyErr.ValueError("Circular reference detected");
    }

    private void Leave(PyObject o) => _markers?.Remove(o);

    private string FloatText(double v)
    {
        if (double.IsFinite(v)) return FloatFormat.Repr(v);
        if (!_o.AllowNan) throw PyErr.ValueError("Out of range float values are not JSON compliant");
        return double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    /// <summary>float.__repr__ written in place: .NET's shortest round-trip digits in the range where
    /// both use positional notation, the runtime's repr elsewhere.</summary>
    private void WriteFloat(double v)
    {
        double a = Math.Abs(v);
        // Exact powers of two are left to FloatFormat.Repr, which corrects .NET's digits for some of them.
        if (a >= 1e-4 && a < 1e15 && (BitConverter.DoubleToInt64Bits(v) & 0xFFFFFFFFFFFFFL) != 0)
        {
            var span = _sb.Reserve(32);
            if (v.TryFormat(span, out int n, "R", CultureInfo.InvariantCulture) && span[..n].IndexOfAny('E', 'e') < 0)
            {
                bool integral = span[..n].IndexOf('.') < 0;
                _sb.Commit(n);
                if (integral) _sb.Append(".0");
                return;
            }
        }
        _sb.Append(FloatText(v));
    }

    private void NewLine()
    {
        _sb.Append('\n');
        for (int i = 0; i < _level; i++) _sb.Append(_o.Indent!);
    }

    private void WriteArray(PyObject owner, PyObject[] items, int count)
    {
        if (count == 0) { _sb.Append("[]"); return; }
        Enter(owner);
        _sb.Append('[');
        if (_o.Indent != null) { _level++; NewLine(); }
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                _sb.Append(_o.ItemSeparator);
                if (_o.Indent != null) NewLine();
            }
            Write(items[i]);
        }
        if (_o.Indent != null) { _level--; NewLine(); }
        _sb.Append(']');
        Leave(owner);
    }

    private void WriteObject(PyObject owner, PyDict d)
    {
        if (d.Count == 0) { _sb.Append("{}"); return; }
        Enter(owner);
        _sb.Append('{');
        if (_o.Indent != null) { _level++; NewLine(); }
        bool first = true;
        if (_o.SortKeys)
        {
            var items = new PyList(d.Count);
            foreach (var (k, v) in d.Pairs()) items.Append(PyTuple.Of(k, v));
            ListSort.Sort(_ctx, items, null, false);
            for (int i = 0; i < items.Count; i++)
            {
                var pair = ((PyTuple)items.Items[i]).Items;
                WriteMember(pair[0], pair[1], ref first);
            }
        }
        else
        {
            int pos = 0;
            while (d.TryGetEntryAt(ref pos, out var k, out var v)) WriteMember(k, v, ref first);
        }
        if (_o.Indent != null) { _level--; NewLine(); }
        _sb.Append('}');
        Leave(owner);
    }

    private void WriteMember(PyObject key, PyObject value, ref bool first)
    {
        string? keyText = key switch
        {
            PyStr s => s.Value,
            PyFloat f => FloatText(f.Value),
            PyBool b => b.Value ? "true" : "false",
            PyNone => "null",
            PyInt i => i.Value.ToString(CultureInfo.InvariantCulture),
            PyBigInt bi => bi.ToString(),
            PyInstance { Native: PyStr s } => s.Value,
            PyInstance { Native: PyFloat f } => FloatText(f.Value),
            PyInstance { Native: PyIntegral i } => i.ToString(),
            _ => null,
        };
        if (keyText == null)
        {
            if (_o.SkipKeys) return;
            throw PyErr.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}");
        }
        if (!first)
        {
            _sb.Append(_o.ItemSeparator);
            if (_o.Indent != null) NewLine();
        }
        first = false;
        WriteString(_sb, keyText, _o.EnsureAscii);
        _sb.Append(_o.KeySeparator);
        Write(value);
    }

    private static readonly SearchValues<char> s_escapedAlways = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");
    /// <summary>The characters encode_basestring_ascii copies as they are: printable ASCII but the quote and backslash.</summary>
    private static readonly SearchValues<char> s_plainAscii = SearchValues.Create(
        Enumerable.Range(0x20, 0x7f - 0x20).Select(c => (char)c).Where(c => c != '"' && c != '\\').ToArray());

    /// <summary>A JSON string literal: CPython's encode_basestring_ascii, or encode_basestring when non-ASCII may stay.</summary>
    private static void WriteString(CharBuffer sb, string s, bool ensureAscii)
    {
        sb.Append('"');
        var rest = s.AsSpan();
        while (true)
        {
            int i = ensureAscii ? rest.IndexOfAnyExcept(s_plainAscii) : rest.IndexOfAny(s_escapedAlways);
            if (i < 0) { sb.Append(rest); break; }
            sb.Append(rest[..i]);
            char c = rest[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    sb.Append("\\u");
                    var span = sb.Reserve(4);
                    ((int)c).TryFormat(span, out _, "x4", CultureInfo.InvariantCulture);
                    sb.Commit(4);
                    break;
            }
            rest = rest[(i + 1)..];
        }
        sb.Append('"');
    }
}

/// <summary>A growable char buffer on pooled arrays: the encoder's output, made into one string at the end.</summary>
internal sealed class CharBuffer : IDisposable
{
    private char[] _buf = ArrayPool<char>.Shared.Rent(4096);
    private int _len;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_len == _buf.Length) Grow(1);
        _buf[_len++] = c;
    }

    public void Append(string s) => Append(s.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<char> s)
    {
        if (_len + s.Length > _buf.Length) Grow(s.Length);
        s.CopyTo(_buf.AsSpan(_len));
        _len += s.Length;
    }

    public void AppendLong(long v)
    {
        v.TryFormat(Reserve(20), out int n, default, CultureInfo.InvariantCulture);
        _len += n;
    }

    /// <summary>Room for n more characters, to be filled and then <see cref="Commit"/>ted.</summary>
    public Span<char> Reserve(int n)
    {
        if (_len + n > _buf.Length) Grow(n);
        return _buf.AsSpan(_len, n);
    }

    public void Commit(int n) => _len += n;

    private void Grow(int extra)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buf.Length * 2, _len + extra));
        _buf.AsSpan(0, _len).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buf);
        _buf = bigger;
    }

    public override string ToString() => new(_buf, 0, _len);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buf);
        _buf = Array.Empty<char>();
    }
}
