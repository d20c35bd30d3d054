namespace Pycc.Runtime;

/// <summary>
/// The state of a resumable compiled function: plain data (which code, where to resume,
/// the values of its locals and temporaries), so it can be inspected and serialized.
/// The compiler derives one class per resumable function whose fields are its locals and
/// whose body runs as an instance method, jumping to <see cref="ResumeAt"/> on entry.
/// </summary>
public class PyFrame
{
    public readonly PyFunction Function;
    /// <summary>0 before the first run, the resume point while suspended, -1 once finished.</summary>
    public int ResumeAt;
    /// <summary>The value sent in by the resumer (send / next).</summary>
    public PyObject? Sent;
    /// <summary>An exception to raise at the resume point (generator.throw / close).</summary>
    public PyBaseException? Thrown;
    /// <summary>The exception the body was handling when it suspended, or null.</summary>
    public PyBaseException? Handled;

    public PyFrame(PyFunction function)
    {
        Function = function;
    }

    public const int Finished = -1;


    /// <summary>The value of a `yield` expression at its resume point; raises what was thrown in.</summary>
    public PyObject Receive()
    {
        var thrown = Thrown;
        if (thrown != null)
        {
            Thrown = null;
            Sent = null;
            throw thrown.ToThrowable();
        }
        var v = Sent ?? PyNone.Instance;
        Sent = null;
        return v;
    }
}

/// <summary>The body of a resumable function: runs until it yields (returns the value, ResumeAt &gt; 0) or finishes (ResumeAt = -1).</summary>
public delegate PyObject FrameBody(PyContext ctx, PyFrame frame);
