using System.Runtime.ExceptionServices;

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
    /// <summary>The .NET exception that last carried this object; its stack trace is the traceback.</summary>
    public PyException? Carrier;
    /// <summary>Python frames (innermost last) recorded so far, for tracebacks.</summary>
    public List<TracebackEntry> Traceback = new();
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

    /// <summary>The object a `raise` of this exception throws, creating a carrier when needed.</summary>
    public PyException ToThrowable() => new(this);

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

    public PyException(PyBaseException value) : base(null)
    {
        Value = value;
        value.Carrier = this;
    }

    public override string Message => Value.Type.Name + ": " + Exceptions.StrOf(Value);

    /// <summary>Re-raises keeping the stack trace collected so far.</summary>
    public void Rethrow() => ExceptionDispatchInfo.Capture(this).Throw();
}
