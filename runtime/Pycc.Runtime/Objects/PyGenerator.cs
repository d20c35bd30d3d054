namespace Pycc.Runtime;

/// <summary>
/// A generator: owns the frame of its function's body and resumes it on next / send /
/// throw / close. No thread and no C# iterator is involved: the body is a compiled state
/// machine (see <see cref="PyFrame"/>).
/// </summary>
public sealed class PyGenerator : PyObject
{
    public readonly PyFrame Frame;
    public readonly FrameBody Body;
    public bool Running;
    public string Name, QualName;

    public PyGenerator(PyFrame frame, FrameBody body)
    {
        Frame = frame;
        Body = body;
        Name = frame.Function.Name;
        QualName = frame.Function.QualName;
    }

    public override PyType Type => TypeObjects.Generator;
    public bool Finished => Frame.ResumeAt == PyFrame.Finished;

    public override PyObject GetIter(PyContext ctx) => this;

    public override PyObject? IterNext(PyContext ctx) => Resume(ctx, null, null, out _);

    /// <summary>
    /// Runs the body to its next yield. Returns the yielded value, or null when the body
    /// finished; then <paramref name="returned"/> is its return value.
    /// </summary>
    public PyObject? Resume(PyContext ctx, PyObject? sent, PyBaseException? thrown, out PyObject? returned)
    {
        returned = null;
        if (Running) throw PyErr.ValueError("generator already executing");
        if (Finished)
        {
            if (thrown != null) throw thrown.ToThrowable();
            returned = PyNone.Instance;
            return null;
        }
        // Stores of references cost a write barrier each; resuming with nothing to pass is the common case.
        if (sent != null || Frame.Sent != null) Frame.Sent = sent;
        if (thrown != null || Frame.Thrown != null) Frame.Thrown = thrown;
        Running = true;
        var callerHandled = ctx.Handled;
        if (Frame.Handled != null) ctx.Handled = Frame.Handled;
        int depth = ctx.Depth;
        try
        {
            var r = Body(ctx, Frame);
            if (Frame.ResumeAt == PyFrame.Finished)
            {
                returned = r;
                return null;
            }
            return r;
        }
        catch (PyException e)
        {
            Frame.ResumeAt = PyFrame.Finished;
            if (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration)) throw Generators.RaisedStopIteration(e);
            throw;
        }
        catch (Exception e) when (e is not PyException)
        {
            Frame.ResumeAt = PyFrame.Finished;
            throw;
        }
        finally
        {
            Running = false;
            ctx.Depth = depth;
            if (!ReferenceEquals(ctx.Handled, callerHandled)) ctx.Handled = callerHandled;
        }
    }

    /// <summary>Resumes with an exception raised at the paused yield (throw() without the not-started special case).</summary>
    public PyObject? ResumeThrowing(PyContext ctx, PyBaseException exc, out PyObject? returned)
    {
        if (Frame.ResumeAt == 0)
        {
            Frame.ResumeAt = PyFrame.Finished;
            throw exc.ToThrowable();
        }
        return Resume(ctx, null, exc, out returned);
    }

    /// <summary>generator.send(value): the next yielded value, or StopIteration(return value).</summary>
    public PyObject Send(PyContext ctx, PyObject value)
    {
        if (Frame.ResumeAt == 0 && value is not PyNone)
            throw PyErr.TypeError("can't send non-None value to a just-started generator");
        var r = Resume(ctx, value, null, out var returned);
        return r ?? throw PyErr.StopIteration(returned);
    }

    /// <summary>generator.throw(exc): raises exc at the paused yield.</summary>
    public PyObject Throw(PyContext ctx, PyBaseException exc)
    {
        if (Frame.ResumeAt == 0)
        {
            Frame.ResumeAt = PyFrame.Finished;
            throw exc.ToThrowable();
        }
        var r = Resume(ctx, null, exc, out var returned);
        return r ?? throw PyErr.StopIteration(returned);
    }

    /// <summary>generator.close(): raises GeneratorExit at the paused yield; the body must not yield again.</summary>
    public void Close(PyContext ctx)
    {
        if (Frame.ResumeAt == 0 || Finished)
        {
            Frame.ResumeAt = PyFrame.Finished;
            return;
        }
        var exit = new PyBaseException(TypeObjects.GeneratorExit, PyTuple.Empty);
        try
        {
            var r = Resume(ctx, null, exit, out _);
            if (r != null) throw PyErr.RuntimeError("generator ignored GeneratorExit");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.GeneratorExit) || e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            // Closing normally.
        }
    }

    public override string ToString() => $"<generator object {QualName}>";
}
