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

    /// <summary>A read that an interrupt left unfinished: the next read takes its result.</summary>
    private Task<string?>? _pendingRead;

    /// <summary>One line including its newline; "" at end of input.</summary>
    public string ReadLine(PyContext ctx)
    {
        var line = Interruptible(ctx, r => r.ReadLine());
        return line == null ? "" : line + "\n";
    }

    public string ReadAll(PyContext ctx) => Interruptible(ctx, r => r.ReadToEnd()) ?? "";

    /// <summary>
    /// Blocking reads run on a pool thread while this one waits at safepoints, so Ctrl+C and
    /// host limits end a program stuck waiting for input.
    /// </summary>
    private string? Interruptible(PyContext ctx, Func<TextReader, string?> read)
    {
        if (_reader == null) throw PyErr.New(TypeObjects.UnsupportedOperation, "not readable");
        // In-memory input (a host's StringReader) never blocks.
        if (_pendingRead == null && _reader is StringReader) return read(_reader);
        var reader = _reader;
        var task = _pendingRead ??= Task.Run(() => read(reader));
        while (!task.Wait(1)) ctx.CheckInterrupts();
        _pendingRead = null;
        // A signal may have ended the read (end of input on EINTR): it takes precedence.
        ctx.CheckInterrupts();
        return task.Result;
    }
}
