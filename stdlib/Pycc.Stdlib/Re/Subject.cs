using System.Text;
using Pycc.Runtime;

namespace Pycc.Stdlib.Re;

/// <summary>
/// The string a pattern runs over, as the UTF-16 text .NET matches (bytes as Latin-1), with the
/// conversions between Python's code-point indexes and UTF-16 indexes.
/// </summary>
internal sealed class Subject
{
    public readonly PyObject Original;
    public readonly string Text;
    public readonly bool IsBytes;
    private readonly PyStr? _str;
    private int[]? _cpOfUtf16;

    private Subject(PyObject original, string text, bool isBytes, PyStr? str)
    {
        Original = original; Text = text; IsBytes = isBytes; _str = str;
    }

    public static Subject Of(PyObject o, RegexProgram program)
    {
        var v = Conversions.Unwrap(o);
        switch (v)
        {
            case PyStr s:
                if (program.IsBytes) throw PyErr.TypeError("cannot use a bytes pattern on a string-like object");
                return new Subject(o, s.Value, false, s);
            case PyBytes or PyByteArray or PyMemoryView:
                if (!program.IsBytes) throw PyErr.TypeError("cannot use a string pattern on a bytes-like object");
                return new Subject(o, Encoding.Latin1.GetString(BytesOf(v)), true, null);
            default:
                throw PyErr.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");
        }
    }

    public static byte[] BytesOf(PyObject v) => v switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        PyMemoryView mv => mv.ToBytes(),
        _ => throw PyErr.TypeError($"expected a bytes-like object, {v.Type.Name} found"),
    };

    /// <summary>Length in Python indexes.</summary>
    public int Length => _str?.Length ?? Text.Length;

    private bool Simple => _str == null || _str.IsSimple;

    /// <summary>UTF-16 index of a Python index, clamped to the text like pos/endpos are.</summary>
    public int ToUtf16(long index)
    {
        if (index < 0) index = 0;
        if (index > Length) index = Length;
        return Simple ? (int)index : _str!.Offset((int)index);
    }

    public int ToPython(int utf16)
    {
        if (Simple) return utf16;
        if (_cpOfUtf16 == null)
        {
            var map = new int[Text.Length + 1];
            int cp = 0;
            for (int i = 0; i < Text.Length; i++)
            {
                map[i] = cp;
                if (char.IsHighSurrogate(Text[i]) && i + 1 < Text.Length && char.IsLowSurrogate(Text[i + 1])) map[++i] = cp;
                cp++;
            }
            map[Text.Length] = cp;
            _cpOfUtf16 = map;
        }
        return _cpOfUtf16[utf16];
    }

    /// <summary>A piece of the text as the subject's type (str or bytes).</summary>
    public PyObject Slice(int utf16Start, int length) => Make(Text.Substring(utf16Start, length));

    public PyObject Make(string text) => IsBytes ? new PyBytes(Encoding.Latin1.GetBytes(text)) : new PyStr(text);
}
