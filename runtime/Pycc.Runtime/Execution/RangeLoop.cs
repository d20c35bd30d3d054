namespace Pycc.Runtime;

/// <summary>
/// The loop state of `for x in range(...)`: counts with a 64-bit integer when `range` is
/// the built-in, and falls back to the iterator protocol when the name was rebound.
/// </summary>
public sealed class RangeLoop
{
    private long _next, _step, _left;
    private PyObject? _iterator;

    public static RangeLoop Start(PyContext ctx, PyObject rangeFn, PyObject[] args)
    {
        var loop = new RangeLoop();
        if (!ReferenceEquals(rangeFn, TypeObjects.Range))
        {
            loop._iterator = rangeFn.Call(ctx, args, null).GetIter(ctx);
            return loop;
        }
        var created = TypeObjects.Range.Call(ctx, args, null);
        if (created is not PyRange r)
        {
            // A range beyond 64 bits counts with big integers in its own iterator.
            loop._iterator = created.GetIter(ctx);
            return loop;
        }
        loop._next = r.Start;
        loop._step = r.Step;
        loop._left = r.Length;
        return loop;
    }

    public bool Next(PyContext ctx, out PyObject item)
    {
        if (_iterator != null)
        {
            item = _iterator.IterNext(ctx)!;
            return item != null;
        }
        if (_left <= 0)
        {
            item = null!;
            return false;
        }
        _left--;
        item = PyInt.Get(_next);
        _next += _step;
        return true;
    }
}
