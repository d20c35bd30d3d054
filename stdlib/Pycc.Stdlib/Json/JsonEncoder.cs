using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
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
    private readonly StringBuilder _sb = new();
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
        e.Write(value);
        return e._sb.ToString();
    }

    private void Write(PyObject o)
    {
        if (Safepoint.Requested != 0) Safepoint.Slow(_ctx);
        switch (o)
        {
            case PyNone: _sb.Append("null"); return;
            case PyBool b: _sb.Append(b.Value ? "true" : "false"); return;
            case PyStr s: WriteString(_sb, s.Value, _o.EnsureAscii); return;
            case PyInt i: _sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); return;
            case PyBigInt bi: _sb.Append(bi.ToString()); return;
            case PyFloat f: _sb.Append(FloatText(f.Value)); return;
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

    private void NewLine()
    {
        _sb.Append('\n');
        for (int i = 0; i < _level; i++) _sb.Append(_o.Indent);
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

    /// <summary>A JSON string literal: CPython's encode_basestring_ascii, or encode_basestring when non-ASCII may stay.</summary>
    public static void WriteString(StringBuilder sb, string s, bool ensureAscii)
    {
        sb.Append('"');
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (NeedsEscape(c, ensureAscii))
            {
                sb.Append(s, run, i - run);
                run = i + 1;
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\b': sb.Append("\\b"); break;
                    case '\f': sb.Append("\\f"); break;
                    default: sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                }
            }
        }
        sb.Append(s, run, s.Length - run);
        sb.Append('"');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NeedsEscape(char c, bool ensureAscii) =>
        c < 0x20 || c == '"' || c == '\\' || (ensureAscii && c > 0x7e);
}
