using Pycc.Runtime;

namespace Pycc.Hosting;

/// <summary>
/// A Python exception that reached the host. Every Python error arrives as this one type;
/// <see cref="PythonType"/> tells which Python exception it was.
/// </summary>
public sealed class PythonException : Exception
{
    /// <summary>The Python exception class name, e.g. "ValueError".</summary>
    public string PythonType { get; }
    /// <summary>str() of the exception, e.g. "invalid literal for int() with base 10: 'x'".</summary>
    public string PythonMessage { get; }
    /// <summary>The traceback as Python prints it, ending with "Type: message".</summary>
    public string PythonTraceback { get; }
    /// <summary>The Python exception object itself.</summary>
    public PythonObject Value { get; }

    /// <summary>The exception that carried the Python one through compiled code (its stack holds the Python frames).</summary>
    internal PyException Carrier { get; }

    private PyBaseException Exception => Carrier.Value;

    internal PythonException(PythonRuntime runtime, PyException carrier, Exception? hostCause)
        : base(carrier.Value.Type.Name + (Exceptions.StrOf(carrier.Value) is { Length: > 0 } m ? ": " + m : ""), hostCause)
    {
        var exc = carrier.Value;
        Carrier = carrier;
        PythonType = exc.Type.Name;
        PythonMessage = Exceptions.StrOf(exc);
        PythonTraceback = Tracebacks.Format(runtime.Core, exc);
        Value = new PythonObject(runtime, exc);
    }

    /// <summary>Whether the Python exception is an instance of the named class or one of its subclasses.</summary>
    public bool IsInstanceOf(string pythonTypeName) => Exception.Type.Mro.Any(t => t.Name == pythonTypeName);

    public override string ToString() => PythonTraceback;
}
