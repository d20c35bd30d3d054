using System.Runtime.InteropServices;
using System.Text;

namespace Pycc.Runtime;

/// <summary>
/// memoryview over bytes or bytearray: one-dimensional, format 'B'. A view of a bytearray
/// sees (and makes) changes to it; slicing gives a view of the same buffer.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public readonly PyObject Obj;
    public readonly int Start, Step, Count;
    public bool Released;

    public PyMemoryView(PyObject obj, int start, int step, int count)
    {
        Obj = obj;
        Start = start;
        Step = step;
        Count = count;
    }

    public static PyMemoryView Of(PyObject obj) => obj switch
    {
        PyBytes b => new PyMemoryView(b, 0, 1, b.Value.Length),
        PyByteArray ba => new PyMemoryView(ba, 0, 1, ba.Value.Count),
        PyMemoryView mv => new PyMemoryView(mv.Obj, mv.Start, mv.Step, mv.Count),
        PyInstance { Native: { } n } when n is PyBytes or PyByteArray => Of(n),
        _ => throw PyErr.TypeError($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'"),
    };

    public override PyType Type => TypeObjects.MemoryView;
    public bool ReadOnly => Obj is PyBytes;

    public void CheckReleased()
    {
        if (Released) throw PyErr.ValueError("operation forbidden on released memoryview object");
    }

    private ReadOnlySpan<byte> Buffer => Obj is PyBytes b ? b.Value : CollectionsMarshal.AsSpan(((PyByteArray)Obj).Value);

    public byte this[int i]
    {
        get => Buffer[Start + i * Step];
        set => CollectionsMarshal.AsSpan(((PyByteArray)Obj).Value)[Start + i * Step] = value;
    }

    public byte[] ToBytes()
    {
        CheckReleased();
        var buf = Buffer;
        if (Step == 1) return buf.Slice(Start, Count).ToArray();
        var r = new byte[Count];
        for (int i = 0; i < Count; i++) r[i] = buf[Start + i * Step];
        return r;
    }

    public override PyObject GetIter(PyContext ctx)
    {
        CheckReleased();
        return new EnumeratorIterator(Items(), "iterator");
    }

    private IEnumerable<PyObject> Items()
    {
        for (int i = 0; i < Count; i++) yield return PyInt.Get(this[i]);
    }
}

public static partial class TypeObjects
{
    public static PyType MemoryView = null!;

    internal static void InstallMemoryView()
    {
        var t = MemoryView = Make("memoryview", Object, typeof(PyMemoryView), subclassable: false);
        Exposed.Add(t);
        static PyMemoryView V(PyObject s)
        {
            var mv = (PyMemoryView)s;
            mv.CheckReleased();
            return mv;
        }
        t.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("memoryview", a[1..], kw, "object");
            return PyMemoryView.Of(p.Required(0, "object"));
        });
        t.Def("__len__", (ctx, s) => PyInt.Get(V(s).Count));
        t.Def("__getitem__", (ctx, s, k) =>
        {
            var mv = V(s);
            if (k is PySlice sl)
            {
                var (start, _, step, n) = sl.Indices(ctx, mv.Count);
                return new PyMemoryView(mv.Obj, mv.Start + (int)start * mv.Step, mv.Step * (int)step, (int)n);
            }
            if (k is not PyIntegral && k.Type.Lookup("__index__") == null) throw PyErr.TypeError("memoryview: invalid slice key");
            long i = Conversions.IndexToLong(ctx, k);
            if (i < 0) i += mv.Count;
            if (i < 0 || i >= mv.Count) throw PyErr.IndexError("index out of bounds on dimension 1");
            return PyInt.Get(mv[(int)i]);
        });
        t.Def("__setitem__", (ctx, s, k, v) =>
        {
            var mv = V(s);
            if (mv.ReadOnly) throw PyErr.TypeError("cannot modify read-only memory");
            if (k is PySlice sl)
            {
                var (start, _, step, n) = sl.Indices(ctx, mv.Count);
                var src = BytesMethods.BufferBytes(v) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{v.Type.Name}'");
                if (src.Length != n) throw PyErr.ValueError("memoryview assignment: lvalue and rvalue have different structures");
                for (int j = 0; j < n; j++) mv[(int)(start + j * step)] = src[j];
                return PyNone.Instance;
            }
            long i = Conversions.IndexToLong(ctx, k);
            if (i < 0) i += mv.Count;
            if (i < 0 || i >= mv.Count) throw PyErr.IndexError("index out of bounds on dimension 1");
            if (v is not PyIntegral) throw PyErr.TypeError("memoryview: invalid type for format 'B'");
            var b = ((PyIntegral)v).ToBig();
            if (b < 0 || b > 255) throw PyErr.ValueError("memoryview: invalid value for format 'B'");
            mv[(int)i] = (byte)b;
            return PyNone.Instance;
        });
        t.Def("__iter__", (ctx, s) => V(s).GetIter(ctx));
        t.Def("__delitem__", (ctx, s, k) => throw PyErr.TypeError(V(s).ReadOnly ? "cannot modify read-only memory" : "cannot delete memory"));
        t.Property("suboffsets", (ctx, s) => { V(s); return PyTuple.Empty; });
        t.Def("tobytes", (ctx, s) => new PyBytes(V(s).ToBytes()));
        t.Def("tolist", (ctx, s) =>
        {
            var mv = V(s);
            var items = new PyObject[mv.Count];
            for (int i = 0; i < mv.Count; i++) items[i] = PyInt.Get(mv[i]);
            return new PyList(items);
        });
        t.DefVar("hex", (ctx, s, a) => BytesMethods.Hex(ctx, V(s).ToBytes(), a));
        t.Def("release", (ctx, s) => { ((PyMemoryView)s).Released = true; return PyNone.Instance; });
        t.Def("__enter__", (ctx, s) => V(s));
        t.DefVar("__exit__", (ctx, s, a) => { ((PyMemoryView)s).Released = true; return PyNone.Instance; });
        t.Def("toreadonly", (ctx, s) => { var mv = V(s); return new PyMemoryView(mv.Obj is PyByteArray ba ? new PyBytes(ba.Value.ToArray()) : mv.Obj, mv.Start, mv.Step, mv.Count); });
        t.Property("obj", (ctx, s) => V(s).Obj);
        t.Property("readonly", (ctx, s) => PyBool.Of(V(s).ReadOnly));
        t.Property("nbytes", (ctx, s) => PyInt.Get(V(s).Count));
        t.Property("format", (ctx, s) => { V(s); return new PyStr("B"); });
        t.Property("itemsize", (ctx, s) => { V(s); return PyInt.One; });
        t.Property("ndim", (ctx, s) => { V(s); return PyInt.One; });
        t.Property("shape", (ctx, s) => PyTuple.Of(PyInt.Get(V(s).Count)));
        t.Property("strides", (ctx, s) => PyTuple.Of(PyInt.Get(V(s).Step)));
        t.Property("contiguous", (ctx, s) => PyBool.Of(V(s).Step == 1 || V(s).Count <= 1));
        t.Property("c_contiguous", (ctx, s) => PyBool.Of(V(s).Step == 1 || V(s).Count <= 1));
        t.Property("f_contiguous", (ctx, s) => PyBool.Of(V(s).Step == 1 || V(s).Count <= 1));
        t.Def("__eq__", (ctx, s, o) =>
        {
            var mv = (PyMemoryView)s;
            if (mv.Released || o is PyMemoryView { Released: true }) return PyBool.Of(ReferenceEquals(s, o));
            var other = o is PyMemoryView om ? om.ToBytes() : BytesMethods.BufferBytes(o);
            if (other == null) return PySingleton.NotImplemented;
            return PyBool.Of(mv.ToBytes().AsSpan().SequenceEqual(other));
        });
        t.Def("__repr__", (ctx, s) => new PyStr(((PyMemoryView)s).Released
            ? $"<released memory at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(s):x12}>"
            : $"<memory at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(s):x12}>"));
        t.Def("__hash__", (ctx, s) =>
        {
            var mv = V(s);
            if (!mv.ReadOnly) throw PyErr.ValueError("cannot hash writable memoryview object");
            return PyInt.Get(Ops.Hash(ctx, new PyBytes(mv.ToBytes())));
        });
        t.DefKw("cast", (ctx, s, a, kw) =>
        {
            var p = new ArgParser("cast", a, kw, "format", "shape");
            var fmt = Conversions.ToStr(p.Required(0, "format"), "memoryview: format argument");
            if (fmt != "B") throw PyErr.NotImplementedError($"memoryview.cast to format '{fmt}' is not supported by pycc");
            var mv = V(s);
            return new PyMemoryView(mv.Obj, mv.Start, mv.Step, mv.Count);
        });
    }
}
