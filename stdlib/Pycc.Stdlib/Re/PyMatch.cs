using System.Text.RegularExpressions;
using Pycc.Runtime;

namespace Pycc.Stdlib.Re;

/// <summary>`re.Match`: one successful match, with Python indexes.</summary>
internal sealed class PyMatch : PyObject
{
    public static readonly PyType TypeObject = ReTypes.Make("Match", typeof(PyMatch));

    public readonly PyPattern Pattern;
    public readonly Subject Subject;
    public readonly Match Match;
    public readonly int Pos, EndPos;

    public PyMatch(PyPattern pattern, Subject subject, Match match, int pos, int endPos)
    {
        Pattern = pattern; Subject = subject; Match = match; Pos = pos; EndPos = endPos;
    }

    public override PyType Type => TypeObject;

    private RegexProgram Program => Pattern.Program;

    /// <summary>The group number of an index or name argument; IndexError "no such group" otherwise.</summary>
    public int GroupIndex(PyObject g)
    {
        if (g is PyIntegral i)
        {
            var v = i.ToBig();
            if (v >= 0 && v <= Program.GroupCount) return (int)v;
        }
        else if (Conversions.Unwrap(g) is PyStr s && Program.GroupNames.TryGetValue(s.Value, out int n)) return n;
        throw PyErr.IndexError("no such group");
    }

    /// <summary>Every capturing group is an explicitly numbered .NET group, so the numbers agree.</summary>
    public Group NetGroup(int n) => Match.Groups[n];

    public PyObject GroupValue(int n, PyObject? dflt = null)
    {
        var g = n == 0 ? Match : NetGroup(n);
        return g.Success ? Subject.Slice(g.Index, g.Length) : dflt ?? PyNone.Instance;
    }

    public (int start, int end) Span(int n)
    {
        var g = n == 0 ? Match : NetGroup(n);
        if (!g.Success) return (-1, -1);
        return (Subject.ToPython(g.Index), Subject.ToPython(g.Index + g.Length));
    }

    /// <summary>The group that closed last: the one ending furthest, an enclosing group before the groups inside it.</summary>
    public int LastIndex()
    {
        int best = 0, bestEnd = -1;
        for (int n = 1; n <= Program.GroupCount; n++)
        {
            var g = NetGroup(n);
            if (!g.Success) continue;
            int end = g.Index + g.Length;
            if (end > bestEnd || (end == bestEnd && !Encloses(best, n))) { best = n; bestEnd = end; }
        }
        return best;
    }

    private bool Encloses(int outer, int inner)
    {
        for (int p = Program.Parent[inner]; p != 0; p = Program.Parent[p])
            if (p == outer) return true;
        return false;
    }

    public PyObject Repr(PyContext ctx)
    {
        var (s, e) = Span(0);
        return new PyStr($"<re.Match object; span=({s}, {e}), match={Ops.ReprString(ctx, GroupValue(0))}>");
    }
}

/// <summary>The type objects of re.Pattern and re.Match (shared by all runtimes; not subclassable, as in CPython).</summary>
internal static class ReTypes
{
    public static PyType Make(string name, Type native)
    {
        var t = new PyType(name, new[] { TypeObjects.Object }, new PyDict(), null, heapType: false)
        {
            NativeClass = native,
            AllowsSubclassing = false,
            HasInstanceDict = false,
        };
        t.NativeBase = t;
        t.Mro = PyType.ComputeMro(t);
        t.Dict.SetStr("__module__", new PyStr("re"));
        return t;
    }
}
