using System.Runtime.CompilerServices;
using System.Text;

namespace Pycc.Runtime;

/// <summary>
/// Python str over a .NET string with code-point semantics: an astral character (a
/// surrogate pair in UTF-16) counts as one. Strings without surrogates — nearly all —
/// index in O(1); the others map code-point indices through a lazily built offset table.
/// </summary>
public sealed class PyStr : PyObject
{
    public readonly string Value;
    private int _cpLength = -1;
    private int[]? _offsets;
    private int _hash;
    private bool _hashed;

    public PyStr(string v) { Value = v; }

    public static readonly PyStr Empty = new("");
    private static readonly PyStr[] Latin1 = Enumerable.Range(0, 256).Select(i => new PyStr(((char)i).ToString())).ToArray();

    public static PyStr Char(int codePoint) =>
        codePoint < 256 ? Latin1[codePoint] : new PyStr(Unicode.ToText(codePoint));

    public override PyType Type => TypeObjects.Str;

    /// <summary>Length in code points.</summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _cpLength >= 0 ? _cpLength : ComputeLength();
    }

    /// <summary>True when every code point is one UTF-16 unit.</summary>
    public bool IsSimple => Length == Value.Length;

    private int ComputeLength()
    {
        var s = Value;
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        _cpLength = n;
        return n;
    }

    /// <summary>UTF-16 offset of code point <paramref name="cp"/> (0..Length).</summary>
    public int Offset(int cp)
    {
        if (IsSimple) return cp;
        if (_offsets == null)
        {
            var offs = new int[Length + 1];
            var s = Value;
            int k = 0;
            for (int i = 0; i < s.Length; i++)
            {
                offs[k++] = i;
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            }
            offs[k] = s.Length;
            _offsets = offs;
        }
        return _offsets[cp];
    }

    /// <summary>The code point at code-point index i (0 ≤ i &lt; Length).</summary>
    public int CodePointAt(int i)
    {
        if (IsSimple) return Value[i];
        int o = Offset(i);
        var s = Value;
        if (char.IsHighSurrogate(s[o]) && o + 1 < s.Length && char.IsLowSurrogate(s[o + 1]))
            return char.ConvertToUtf32(s[o], s[o + 1]);
        return s[o];
    }

    /// <summary>Substring by code-point range [start, end).</summary>
    public string Substring(int start, int end) => IsSimple ? Value[start..end] : Value[Offset(start)..Offset(end)];

    public IEnumerable<int> CodePoints()
    {
        var s = Value;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else yield return s[i];
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyStr> s_interned = new();

    /// <summary>
    /// The one shared str object for an attribute name (CPython interns them too). Instance
    /// dictionaries store these as keys, so attribute sites can recognise an entry by reference.
    /// </summary>
    public static PyStr Intern(string name) => s_interned.GetOrAdd(name, static n => new PyStr(n));

    public int Hash()
    {
        if (!_hashed) { _hash = Value.GetHashCode(); _hashed = true; }
        return _hash;
    }

    public override PyObject GetIter(PyContext ctx) => new StrIterator(this);

    public override string ToString() => Value;
}

public static class Unicode
{
    /// <summary>
    /// Python's str ordering: by code point. UTF-16 ordinal order agrees except between a
    /// surrogate (an astral character) and U+E000..U+FFFF, which the fix-up below handles.
    /// </summary>
    public static int CompareCodePoints(string a, string b)
    {
        int common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length) return a.Length.CompareTo(b.Length);
        char x = a[common], y = b[common];
        if (x >= 0xD800 && y >= 0xD800)
        {
            // Surrogates sort above every BMP character.
            bool sx = x <= 0xDFFF, sy = y <= 0xDFFF;
            if (sx != sy) return sx ? 1 : -1;
        }
        return x.CompareTo(y);
    }

    /// <summary>Like char.ConvertFromUtf32, but keeps lone surrogates (Python strings may hold them).</summary>
    public static string ToText(int cp) =>
        cp >= 0xD800 && cp <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
}

public sealed class PyBytes : PyObject
{
    public readonly byte[] Value;
    public PyBytes(byte[] v) { Value = v; }
    public static readonly PyBytes Empty = new(Array.Empty<byte>());
    public override PyType Type => TypeObjects.Bytes;
    public override PyObject GetIter(PyContext ctx) => new BytesIterator(this);
    public override string ToString() => BytesRepr.Repr(Value, "b");
}

public sealed class PyByteArray : PyObject
{
    public List<byte> Value;
    public PyByteArray(List<byte> v) { Value = v; }
    public override PyType Type => TypeObjects.ByteArray;
    public override PyObject GetIter(PyContext ctx) => new BytesIterator(this);
    public override string ToString() => "bytearray(" + BytesRepr.Repr(Value.ToArray(), "b") + ")";
}

public static class BytesRepr
{
    public static string Repr(IReadOnlyList<byte> b, string prefix)
    {
        bool hasSingle = false, hasDouble = false;
        foreach (var c in b) { if (c == '\'') hasSingle = true; else if (c == '"') hasDouble = true; }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(prefix).Append(q);
        foreach (var c in b)
        {
            if (c == q || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 32 || c >= 127) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        return sb.Append(q).ToString();
    }
}
