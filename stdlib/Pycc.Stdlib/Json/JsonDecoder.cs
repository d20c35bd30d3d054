using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using Pycc.Runtime;

namespace Pycc.Stdlib.Json;

/// <summary>The options of a `JSONDecoder` (the hooks are null when not given).</summary>
internal sealed class DecodeOptions
{
    public PyObject? ObjectHook, ObjectPairsHook, ParseFloat, ParseInt, ParseConstant;
    public bool Strict = true;
    public static readonly DecodeOptions Default = new();
}

/// <summary>
/// A recursive-descent JSON scanner with the grammar, error messages and error positions of
/// CPython's C scanner (`_json.c`). Positions are UTF-16 indexes internally and are turned
/// into code-point indexes only when an error is reported.
/// </summary>
internal sealed class JsonDecoder
{
    private readonly PyContext _ctx;
    private readonly string _s;
    private readonly DecodeOptions _o;
    private readonly JsonModule _module;
    private int _depth;
    /// <summary>Object keys seen so far: a document repeats its keys, so each is made once (CPython memoizes too).</summary>
    private readonly Dictionary<string, PyStr> _keys = new();
    private readonly StringBuilder _scratch = new();
    private static readonly SearchValues<char> s_stringSpecials = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    private JsonDecoder(PyContext ctx, string s, DecodeOptions o, JsonModule module)
    {
        _ctx = ctx; _s = s; _o = o; _module = module;
    }

    /// <summary>`JSONDecoder.decode`: one value surrounded by optional whitespace.</summary>
    public static PyObject Decode(PyContext ctx, JsonModule module, string s, DecodeOptions o)
    {
        var d = new JsonDecoder(ctx, s, o, module);
        int idx = d.SkipWhitespace(0);
        var value = d.RawDecode(idx, out int end);
        end = d.SkipWhitespace(end);
        if (end != s.Length) throw d.Error("Extra data", end);
        return value;
    }

    /// <summary>`JSONDecoder.raw_decode`: one value starting exactly at idx; returns it and where it ends.</summary>
    public static PyObject RawDecode(PyContext ctx, JsonModule module, string s, int idx, DecodeOptions o, out int end) =>
        new JsonDecoder(ctx, s, o, module).RawDecode(idx, out end);

    private PyObject RawDecode(int idx, out int end)
    {
        if (idx == 0 && _s.Length > 0 && _s[0] == '\ufeff') throw Error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        return Scan(idx, out end) ?? throw Error("Expecting value", idx);
    }

    private int SkipWhitespace(int i)
    {
        var s = _s;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
        return i;
    }

    /// <summary>A value at idx, or null where CPython's scanner raises StopIteration (no value starts there).</summary>
    private PyObject? Scan(int idx, out int end)
    {
        var s = _s;
        end = idx;
        if (idx >= s.Length) return null;
        switch (s[idx])
        {
            case '"':
                return ScanString(idx + 1, out end);
            case '{':
                return Nested(idx, out end, isObject: true);
            case '[':
                return Nested(idx, out end, isObject: false);
            case 'n' when Matches(idx, "null"):
                end = idx + 4;
                return PyNone.Instance;
            case 't' when Matches(idx, "true"):
                end = idx + 4;
                return PyBool.True;
            case 'f' when Matches(idx, "false"):
                end = idx + 5;
                return PyBool.False;
            case 'N' when Matches(idx, "NaN"):
                end = idx + 3;
                return Constant("NaN", double.NaN);
            case 'I' when Matches(idx, "Infinity"):
                end = idx + 8;
                return Constant("Infinity", double.PositiveInfinity);
            case '-' when Matches(idx, "-Infinity"):
                end = idx + 9;
                return Constant("-Infinity", double.NegativeInfinity);
        }
        return ScanNumber(idx, out end);
    }

    private bool Matches(int idx, string word) => string.CompareOrdinal(_s, idx, word, 0, word.Length) == 0 && idx + word.Length <= _s.Length;

    private PyObject Constant(string name, double value) =>
        _o.ParseConstant != null ? _o.ParseConstant.Call1(_ctx, new PyStr(name)) : new PyFloat(value);

    private PyObject Nested(int idx, out int end, bool isObject)
    {
        if (++_depth > _ctx.Runtime.RecursionLimit)
            throw PyErr.RecursionError($"maximum recursion depth exceeded while decoding a JSON {(isObject ? "object" : "array")} from a unicode string");
        var v = isObject ? ParseObject(idx + 1, out end) : ParseArray(idx + 1, out end);
        _depth--;
        return v;
    }

    private PyObject ParseObject(int idx, out int end)
    {
        var s = _s;
        int last = s.Length - 1;
        var dict = _o.ObjectPairsHook == null ? new PyDict() : null;
        var pairs = _o.ObjectPairsHook != null ? new PyList() : null;
        idx = SkipWhitespace(idx);
        if (idx > last || s[idx] != '}')
        {
            while (true)
            {
                if (idx > last || s[idx] != '"') throw Error("Expecting property name enclosed in double quotes", idx);
                var key = ScanString(idx + 1, out idx, isKey: true);
                idx = SkipWhitespace(idx);
                if (idx > last || s[idx] != ':') throw Error("Expecting ':' delimiter", idx);
                idx = SkipWhitespace(idx + 1);
                var value = Scan(idx, out int next) ?? throw Error("Expecting value", idx);
                if (dict != null) dict.SetItem(_ctx, key, value);
                else pairs!.Append(PyTuple.Of(key, value));
                idx = SkipWhitespace(next);
                if (idx <= last && s[idx] == '}') break;
                if (idx > last || s[idx] != ',') throw Error("Expecting ',' delimiter", idx);
                idx = SkipWhitespace(idx + 1);
            }
        }
        end = idx + 1;
        if (pairs != null) return _o.ObjectPairsHook!.Call1(_ctx, pairs);
        return _o.ObjectHook != null ? _o.ObjectHook.Call1(_ctx, dict!) : dict!;
    }

    private PyObject ParseArray(int idx, out int end)
    {
        var s = _s;
        int last = s.Length - 1;
        var list = new PyList();
        idx = SkipWhitespace(idx);
        if (idx > last || s[idx] != ']')
        {
            while (true)
            {
                var value = Scan(idx, out int next) ?? throw Error("Expecting value", idx);
                list.Append(value);
                idx = SkipWhitespace(next);
                if (idx <= last && s[idx] == ']') break;
                if (idx > last || s[idx] != ',') throw Error("Expecting ',' delimiter", idx);
                idx = SkipWhitespace(idx + 1);
            }
        }
        end = idx + 1;
        return list;
    }

    /// <summary>The string whose opening quote is at begin - 1; end is past the closing quote.</summary>
    private PyStr ScanString(int begin, out int end, bool isKey = false)
    {
        var s = _s;
        int len = s.Length;
        int i = begin;
        // Fast path: no escapes.
        while (i < len)
        {
            int found = s.AsSpan(i).IndexOfAny(s_stringSpecials);
            if (found < 0) { i = len; break; }
            i += found;
            char c = s[i];
            if (c == '"')
            {
                end = i + 1;
                return isKey ? Key(s.AsSpan(begin, i - begin)) : new PyStr(s.Substring(begin, i - begin));
            }
            if (c == '\\') break;
            if (_o.Strict) throw Error("Invalid control character at", i);
            i++;
        }
        var sb = _scratch.Clear();
        sb.Append(s, begin, i - begin);
        while (true)
        {
            int next = i;
            char c = '\0';
            while (next < len)
            {
                int found = s.AsSpan(next).IndexOfAny(s_stringSpecials);
                if (found < 0) { next = len; break; }
                next += found;
                c = s[next];
                if (c == '"' || c == '\\') break;
                if (_o.Strict) throw Error("Invalid control character at", next);
                next++;
            }
            if (next >= len) throw Error("Unterminated string starting at", begin - 1);
            sb.Append(s, i, next - i);
            next++;
            if (c == '"') { end = next; break; }
            if (next == len) throw Error("Unterminated string starting at", begin - 1);
            c = s[next];
            if (c != 'u')
            {
                i = next + 1;
                char decoded = c switch
                {
                    '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
                    _ => throw Error("Invalid \\escape", i - 2),
                };
                sb.Append(decoded);
                continue;
            }
            next++;
            i = next + 4;
            if (i >= len) throw Error("Invalid \\uXXXX escape", next - 1);
            int cp = Hex4(next, i);
            // A high surrogate followed by an escaped low surrogate is one character; in UTF-16
            // both halves are appended either way, so only the positions need the pair rule.
            sb.Append((char)cp);
            if (cp is >= 0xD800 and <= 0xDBFF && i + 6 < len && s[i] == '\\' && s[i + 1] == 'u')
            {
                int cp2 = Hex4(i + 2, i + 6);
                if (cp2 is >= 0xDC00 and <= 0xDFFF)
                {
                    sb.Append((char)cp2);
                    i += 6;
                }
            }
        }
        return new PyStr(sb.ToString());
    }

    private PyStr Key(ReadOnlySpan<char> text)
    {
        var lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var key))
        {
            key = new PyStr(text.ToString());
            _keys.Add(key.Value, key);
        }
        return key;
    }

    private int Hex4(int from, int to)
    {
        int v = 0;
        for (int j = from; j < to; j++)
        {
            int d = HexDigit(_s[j]);
            if (d < 0) throw Error("Invalid \\uXXXX escape", to - 5);
            v = (v << 4) | d;
        }
        return v;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private PyObject? ScanNumber(int start, out int end)
    {
        var s = _s;
        int last = s.Length - 1, idx = start;
        end = start;
        if (s[idx] == '-')
        {
            idx++;
            if (idx > last) return null;
        }
        if (s[idx] >= '1' && s[idx] <= '9')
        {
            idx++;
            while (idx <= last && char.IsAsciiDigit(s[idx])) idx++;
        }
        else if (s[idx] == '0') idx++;
        else return null;
        bool isFloat = false;
        if (idx < last && s[idx] == '.' && char.IsAsciiDigit(s[idx + 1]))
        {
            isFloat = true;
            idx += 2;
            while (idx <= last && char.IsAsciiDigit(s[idx])) idx++;
        }
        if (idx < last && (s[idx] == 'e' || s[idx] == 'E'))
        {
            int eStart = idx++;
            if (idx < last && (s[idx] == '-' || s[idx] == '+')) idx++;
            while (idx <= last && char.IsAsciiDigit(s[idx])) idx++;
            if (char.IsAsciiDigit(s[idx - 1])) isFloat = true;
            else idx = eStart;
        }
        end = idx;
        var text = s.AsSpan(start, idx - start);
        if (isFloat)
        {
            if (_o.ParseFloat != null) return _o.ParseFloat.Call1(_ctx, new PyStr(text.ToString()));
            return new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        if (_o.ParseInt != null) return _o.ParseInt.Call1(_ctx, new PyStr(text.ToString()));
        if (text.Length <= 18) return PyInt.Get(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        return PyInt.From(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    private PyException Error(string msg, int utf16Pos) => _module.DecodeError(msg, _s, utf16Pos);
}
