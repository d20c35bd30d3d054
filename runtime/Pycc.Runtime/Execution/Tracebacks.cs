using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Pycc.Runtime;

/// <summary>Marks a compiled method as the body of a Python function, naming it for tracebacks.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PythonFunctionAttribute : Attribute
{
    public string Name { get; }
    /// <summary>The source file and first line, for frames whose line the PDB cannot tell
    /// (code replaced on the stack by the JIT's on-stack replacement, for one).</summary>
    public string? FileName { get; }
    public int FirstLine { get; }

    public PythonFunctionAttribute(string name, string? fileName = null, int firstLine = 0)
    {
        Name = name;
        FileName = fileName;
        FirstLine = firstLine;
    }
}

/// <summary>
/// Python tracebacks. Compiled code carries `#line` directives, so the .NET stack trace of
/// the carrier exception, read with its portable PDB, names Python files and lines; the
/// frames of compiled bodies are picked out by <see cref="PythonFunctionAttribute"/>.
/// </summary>
public static class Tracebacks
{
    /// <summary>Frames from the carrier's stack trace, outermost first.</summary>
    public static List<TracebackEntry> FromCarrier(Exception carrier) =>
        FromStackTrace(new StackTrace(carrier, fNeedFileInfo: true), (carrier as PyException)?.SafepointLine ?? 0);

    /// <summary>The Python frames of a .NET stack trace, outermost first. The frame that called a
    /// back-edge safepoint (<see cref="Safepoint.Slow(PyContext, int)"/>) shows
    /// <paramref name="safepointLine"/> when given, whatever optimized code mapped the call to.</summary>
    public static List<TracebackEntry> FromStackTrace(StackTrace st, int safepointLine = 0)
    {
        var result = new List<TracebackEntry>();
        var frames = st.GetFrames();
        for (int i = frames.Length - 1; i >= 0; i--)
        {
            var f = frames[i];
            var method = f.GetMethod();
            var attr = method?.GetCustomAttribute<PythonFunctionAttribute>();
            if (attr == null) continue;
            var file = f.GetFileName() ?? attr.FileName;
            int line = f.GetFileLineNumber();
            if (safepointLine > 0 && i > 0 && IsBackEdgeSafepoint(frames[i - 1].GetMethod())) line = safepointLine;
            if (line <= 0) line = attr.FirstLine;
            if (file == null || line <= 0) continue;
            result.Add(new TracebackEntry(file, line, attr.Name));
        }
        return result;
    }

    private static bool IsBackEdgeSafepoint(System.Reflection.MethodBase? m) =>
        m?.DeclaringType == typeof(Safepoint) && m.Name == nameof(Safepoint.Slow) && m.GetParameters().Length == 2;

    /// <summary>
    /// The traceback, outermost first: each throw of the exception object is one segment
    /// (newest first in <see cref="PyBaseException.Segments"/>), and an older segment
    /// continues where a newer one ends. A bare `raise` re-raises from the frame that
    /// caught, which the older segment already shows, so that frame is not repeated.
    /// </summary>
    public static List<TracebackEntry> Entries(PyBaseException exc)
    {
        var result = new List<TracebackEntry>();
        foreach (var (carrier, bare) in exc.Segments)
        {
            var frames = FromCarrier(carrier);
            if (bare && frames.Count > 0) frames.RemoveAt(frames.Count - 1);
            result.AddRange(frames);
        }
        return result;
    }

    /// <summary>The full CPython-style report of an uncaught exception, with its chain.</summary>
    public static string Format(PyRuntime rt, PyBaseException exc)
    {
        // A host may ask from a thread that runs no Python: str() of the exception needs a context.
        bool entered = PyContext.CurrentOrNull == null;
        if (entered) rt.MainContext.Enter();
        try
        {
            var sb = new StringBuilder();
            FormatChain(rt, exc, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
            return sb.ToString();
        }
        finally
        {
            if (entered) PyContext.Restore(null);
        }
    }

    private static void FormatChain(PyRuntime rt, PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is PyBaseException cause && !seen.Contains(cause))
        {
            FormatChain(rt, cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is PyBaseException context && !exc.SuppressContext && !seen.Contains(context))
        {
            FormatChain(rt, context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(rt, exc, sb);
    }

    private static void FormatOne(PyRuntime rt, PyBaseException exc, StringBuilder sb)
    {
        AppendFrames(rt, exc.TracebackCleared ? new List<TracebackEntry>() : Entries(exc), sb);
        sb.Append(Exceptions.FormatExceptionOnly(exc)).Append('\n');
        if (exc.Dict?.GetStr("__notes__") is PyList notes)
            foreach (var note in notes.ToArray())
                sb.Append(note is PyStr ns ? ns.Value : Ops.ReprString(PyContext.Current, note)).Append('\n');
    }

    private static void AppendFrames(PyRuntime rt, List<TracebackEntry> entries, StringBuilder sb)
    {
        if (entries.Count == 0) return;
        sb.Append("Traceback (most recent call last):\n");
        foreach (var e in entries)
        {
            sb.Append("  File \"").Append(e.FileName).Append("\", line ").Append(e.Line).Append(", in ").Append(e.FunctionName).Append('\n');
            var src = rt.SourceLine(e.FileName, e.Line);
            if (src != null && src.Trim().Length > 0) sb.Append("    ").Append(src.Trim()).Append('\n');
        }
    }

    /// <summary>The report of a host error that ended Python code (a limit): the Python frames it crossed, then its type and message.</summary>
    public static string FormatHostError(PyRuntime rt, Exception e)
    {
        var sb = new StringBuilder();
        var stack = e is ExecutionLimitException { PythonStack: { } s } ? s : new StackTrace(e, fNeedFileInfo: true);
        AppendFrames(rt, FromStackTrace(stack), sb);
        sb.Append(e.GetType().Name).Append(": ").Append(e.Message).Append('\n');
        return sb.ToString();
    }
}
