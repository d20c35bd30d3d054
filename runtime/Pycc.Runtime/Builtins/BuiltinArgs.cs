namespace Pycc.Runtime;

/// <summary>Argument conversions of built-in methods, with the errors of CPython's converters.</summary>
public static class BuiltinArgs
{
    /// <summary>The built-in value behind a receiver that may be an instance of a user subclass.</summary>
    public static T Native<T>(PyObject self) where T : PyObject => self as T ?? (T)((PyInstance)self).Native!;

    /// <summary>A Py_ssize_t argument: any __index__ object; OverflowError beyond 64 bits.</summary>
    public static long SsizeT(PyContext ctx, PyObject o)
    {
        if (o is PyInt i) return i.Value;
        var v = Conversions.Index(ctx, o);
        if (v < long.MinValue || v > long.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return (long)v;
    }
}
