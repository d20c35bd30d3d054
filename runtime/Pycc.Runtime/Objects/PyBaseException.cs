namespace Pycc.Runtime;

/// <summary>
/// A Python exception instance (BaseException and every subclass, user classes included).
/// It is thrown inside a <see cref="PyException"/>, the .NET carrier.
/// </summary>
public class PyBaseException : PyObject
{
    private PyType _type;
    public PyTuple Args;
    public PyObject? Cause;
    public PyObject? Context;
    public bool SuppressContext;
    public PyDict? Dict;
    /// <summary>The .NET exceptions that carried this object, newest first, and whether each
    /// was a bare `raise`; their stack traces make the traceback (see <see cref="Tracebacks"/>).</summary>
    public List<(PyException carrier, bool bare)> Segments = new();
    /// <summary>Set by `__traceback__ = None` / `with_traceback(None)`.</summary>
    public bool TracebackCleared;

    public PyBaseException(PyType type, PyTuple args)
    {
        _type = type;
        Args = args;
    }

    public override PyType Type => _type;
    public void SetType(PyType t) => _type = t;
    public override PyDict? InstanceDict => Dict ??= new PyDict();

    /// <summary>A new carrier for raising this object; a bare `raise` continues the traceback.</summary>
    public PyException ToThrowable(bool bareReraise = false) => new(this, bareReraise);

    public override string ToString() => $"{Type.Name}({Args})";
}

/// <summary>One line of a Python traceback.</summary>
public readonly record struct TracebackEntry(string FileName, int Line, string FunctionName);

/// <summary>
/// The .NET exception that carries a Python exception through compiled frames.
/// Compiled code catches only this type; the runtime converts anything else at its borders.
/// </summary>
public sealed class PyException : Exception
{
    public readonly PyBaseException Value;
    /// <summary>Set when a loop back-edge safepoint raised this: the Python line of that safepoint.</summary>
    public int SafepointLine;

    public PyException(PyBaseException value, bool bareReraise = false) : base(null)
    {
        Value = value;
        value.Segments.Insert(0, (this, bareReraise));
    }

    public override string Message => Value.Type.Name + ": " + Exceptions.StrOf(Value);
}
