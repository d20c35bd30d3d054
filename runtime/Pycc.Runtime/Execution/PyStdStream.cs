namespace Pycc.Runtime;

/// <summary>sys.stdout, sys.stderr and sys.stdin: text streams over the host's writers and reader.</summary>
public sealed class PyStdStream : PyObject
{
    public readonly string Name;
    private readonly TextWriter? _writer;
    private readonly TextReader? _reader;

    public PyStdStream(string name, TextWriter? writer, TextReader? reader)
    {
        Name = name;
        _writer = writer;
        _reader = reader;
    }

    public override PyType Type => TypeObjects.TextIOWrapper;
    public bool CanWrite => _writer != null;

    public void Write(string s)
    {
        if (_writer == null) throw PyErr.New(TypeObjects.UnsupportedOperation, "not writable");
        _writer.Write(s);
    }

    public void Flush() => _writer?.Flush();

    /// <summary>Flushes, ignoring a closed pipe (used while reporting another error).</summary>
    public void TryFlush()
    {
        try { _writer?.Flush(); } catch (IOException) { }
    }

    /// <summary>One line including its newline; "" at end of input.</summary>
    public string ReadLine()
    {
        if (_reader == null) throw PyErr.New(TypeObjects.UnsupportedOperation, "not readable");
        var line = _reader.ReadLine();
        return line == null ? "" : line + "\n";
    }

    public string ReadAll()
    {
        if (_reader == null) throw PyErr.New(TypeObjects.UnsupportedOperation, "not readable");
        return _reader.ReadToEnd();
    }
}
