using System.Text;
using System.Text.RegularExpressions;
using Pycc.Runtime;

namespace Pycc.Stdlib.Re;

/// <summary>`re.Pattern`: a compiled pattern and the operations on it.</summary>
internal sealed class PyPattern : PyObject
{
    public static readonly PyType TypeObject = ReTypes.Make("Pattern", typeof(PyPattern));

    public readonly RegexProgram Program;
    /// <summary>The pattern as given (str or bytes).</summary>
    public readonly PyObject Source;
    public readonly int Flags;

    public PyPattern(RegexProgram program, PyObject source)
    {
        Program = program;
        Source = source;
        Flags = (int)program.Flags;
    }

    public override PyType Type => TypeObject;

    public enum Mode { Search, Match, FullMatch }

    /// <summary>search / match / fullmatch between pos and endpos (Python indexes).</summary>
    public PyObject Find(PyContext ctx, PyObject str, long pos, long endPos, Mode mode)
    {
        var subject = Subject.Of(str, Program);
        var (text, start, end) = Window(subject, pos, endPos);
        if (start > text.Length) return PyNone.Instance;
        var regex = mode switch { Mode.Search => Program.Search, Mode.Match => Program.Anchored, _ => Program.Full };
        var m = regex.Match(text, start);
        return m.Success ? new PyMatch(this, subject, m, subject.ToPython(start), subject.ToPython(end)) : PyNone.Instance;
    }

    /// <summary>The text cut at endpos (Python treats endpos as the end of the string) and the UTF-16
    /// start; both are clamped to the string, and a start past the end leaves nothing to match.</summary>
    private static (string text, int start, int end) Window(Subject subject, long pos, long endPos)
    {
        int end = subject.ToUtf16(endPos);
        int start = subject.ToUtf16(pos);
        var text = end == subject.Text.Length ? subject.Text : subject.Text[..end];
        return (text, start > end ? text.Length + 1 : start, end);
    }

    public IEnumerable<PyMatch> Iterate(PyObject str, long pos, long endPos)
    {
        var subject = Subject.Of(str, Program);
        var (text, start, end) = Window(subject, pos, endPos);
        if (start > text.Length) yield break;
        int pyPos = subject.ToPython(start), pyEnd = subject.ToPython(end);
        foreach (var m in Program.Matches(text, start)) yield return new PyMatch(this, subject, m, pyPos, pyEnd);
    }

    public PyList FindAll(PyContext ctx, PyObject str, long pos, long endPos)
    {
        var result = new PyList();
        var subject = Subject.Of(str, Program);
        var (text, start, _) = Window(subject, pos, endPos);
        if (start > text.Length) return result;
        int groups = Program.GroupCount;
        if (groups == 0)
        {
            // Allocation-free scan while matches are non-empty; after an empty one .NET would
            // skip a character where CPython may still match non-empty, so the general loop resumes.
            foreach (var vm in Program.Search.EnumerateMatches(text, start))
            {
                if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
                result.Append(subject.Slice(vm.Index, vm.Length));
                if (vm.Length == 0)
                {
                    foreach (var m in Program.Matches(text, vm.Index, mustAdvance: true)) result.Append(subject.Slice(m.Index, m.Length));
                    break;
                }
            }
            return result;
        }
        foreach (var m in Program.Matches(text, start))
        {
            if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
            if (groups == 1) result.Append(GroupOrEmpty(subject, m.Groups[1]));
            else
            {
                var items = new PyObject[groups];
                for (int g = 1; g <= groups; g++) items[g - 1] = GroupOrEmpty(subject, m.Groups[g]);
                result.Append(new PyTuple(items));
            }
        }
        return result;
    }

    private static PyObject GroupOrEmpty(Subject subject, Group g) =>
        g.Success ? subject.Slice(g.Index, g.Length) : subject.Make("");

    public PyList Split(PyContext ctx, PyObject str, long maxsplit)
    {
        var subject = Subject.Of(str, Program);
        var result = new PyList();
        int last = 0, count = 0, resumeAt = -1;
        if (Program.GroupCount == 0)
        {
            // As in FindAll: the allocation-free scan until an empty match.
            foreach (var vm in Program.Search.EnumerateMatches(subject.Text))
            {
                if (maxsplit > 0 && count >= maxsplit) break;
                if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
                result.Append(subject.Slice(last, vm.Index - last));
                last = vm.Index + vm.Length;
                count++;
                if (vm.Length == 0) { resumeAt = vm.Index; break; }
            }
            if (resumeAt < 0)
            {
                result.Append(subject.Slice(last, subject.Text.Length - last));
                return result;
            }
        }
        var matches = resumeAt < 0 ? Program.Matches(subject.Text, 0) : Program.Matches(subject.Text, resumeAt, mustAdvance: true);
        foreach (var m in matches)
        {
            if (maxsplit > 0 && count >= maxsplit) break;
            if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
            result.Append(subject.Slice(last, m.Index - last));
            for (int g = 1; g <= Program.GroupCount; g++)
                result.Append(m.Groups[g].Success ? subject.Slice(m.Groups[g].Index, m.Groups[g].Length) : PyNone.Instance);
            last = m.Index + m.Length;
            count++;
        }
        result.Append(subject.Slice(last, subject.Text.Length - last));
        return result;
    }

    /// <summary>sub / subn: repl is a template (str or bytes) or a function of the match.</summary>
    public (PyObject result, int count) Substitute(PyContext ctx, PyObject repl, PyObject str, long count)
    {
        var subject = Subject.Of(str, Program);
        ReplacementTemplate? template = null;
        PyObject? function = null;
        var replValue = Conversions.Unwrap(repl);
        if (replValue is PyStr or PyBytes or PyByteArray)
        {
            if ((replValue is PyStr) == Program.IsBytes)
                throw PyErr.TypeError(Program.IsBytes ? $"expected a bytes-like object, {repl.Type.Name} found" : $"expected str instance, {repl.Type.Name} found");
            template = ReplacementTemplate.Parse(replValue is PyStr rs ? rs.Value : Encoding.Latin1.GetString(Subject.BytesOf(replValue)), this);
        }
        else if (repl.Type.Lookup("__call__") != null) function = repl;
        else if (Program.IsBytes) throw PyErr.TypeError($"a bytes-like object is required, not '{repl.Type.Name}'");
        else throw PyErr.TypeError($"decoding to str: need a bytes-like object, {repl.Type.Name} found");

        var sb = new StringBuilder();
        int last = 0, n = 0;
        foreach (var m in Program.Matches(subject.Text, 0))
        {
            if (count > 0 && n >= count) break;
            if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
            sb.Append(subject.Text, last, m.Index - last);
            if (template != null) template.Expand(sb, m, subject);
            else
            {
                var r = function!.Call1(ctx, new PyMatch(this, subject, m, 0, subject.Length));
                var rv = Conversions.Unwrap(r);
                if (rv is PyStr s && !subject.IsBytes) sb.Append(s.Value);
                else if (rv is PyBytes or PyByteArray && subject.IsBytes) sb.Append(Encoding.Latin1.GetString(Subject.BytesOf(rv)));
                else throw PyErr.TypeError(subject.IsBytes ? $"expected a bytes-like object, {r.Type.Name} found" : $"expected str instance, {r.Type.Name} found");
            }
            last = m.Index + m.Length;
            n++;
        }
        if (n == 0) return (subject.IsBytes ? subject.Make(subject.Text) : Conversions.Unwrap(str) is PyStr same ? same : subject.Make(subject.Text), 0);
        sb.Append(subject.Text, last, subject.Text.Length - last);
        return (subject.Make(sb.ToString()), n);
    }

    public string Repr(PyContext ctx)
    {
        var src = Ops.ReprString(ctx, Source);
        if (src.Length > 200) src = src[..200];
        var shown = (ReFlags)Flags & ~(Program.IsBytes ? ReFlags.None : ReFlags.Unicode);
        return shown == ReFlags.None ? $"re.compile({src})" : $"re.compile({src}, {ReModule.FlagNames((int)shown)})";
    }
}
