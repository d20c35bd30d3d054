using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

public enum BinaryOp { Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor }

/// <summary>
/// Operators. Generated code calls these; each has an inlinable fast path for the common
/// built-in operands and falls back to the full protocol (dunders, reflection, NotImplemented).
/// </summary>
public static partial class Ops
{
    private static readonly string[] DunderNames = { "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__" };
    private static readonly string[] ReflectedNames = { "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__" };
    private static readonly string[] InPlaceNames = { "__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__" };
    private static readonly string[] Symbols = { "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^" };

    public static string DunderName(BinaryOp op) => DunderNames[(int)op];
    public static string ReflectedName(BinaryOp op) => ReflectedNames[(int)op];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(PyContext ctx, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            long r = x.Value + y.Value;
            if (((x.Value ^ r) & (y.Value ^ r)) >= 0) return PyInt.Get(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value + fb.Value);
        return Binary(ctx, a, b, BinaryOp.Add);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Sub(PyContext ctx, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            long r = x.Value - y.Value;
            if (((x.Value ^ y.Value) & (x.Value ^ r)) >= 0) return PyInt.Get(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value - fb.Value);
        return Binary(ctx, a, b, BinaryOp.Sub);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Mul(PyContext ctx, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            long r;
            if (!MulOverflows(x.Value, y.Value, out r)) return PyInt.Get(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value * fb.Value);
        return Binary(ctx, a, b, BinaryOp.Mul);
    }

    private static bool MulOverflows(long a, long b, out long r)
    {
        long hi = Math.BigMul(a, b, out long lo);
        r = lo;
        return hi != (lo >> 63);
    }

    public static PyObject TrueDiv(PyContext ctx, PyObject a, PyObject b)
    {
        if (a is PyFloat fa && b is PyFloat fb)
        {
            if (fb.Value == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return new PyFloat(fa.Value / fb.Value);
        }
        return Binary(ctx, a, b, BinaryOp.TrueDiv);
    }

    public static PyObject FloorDiv(PyContext ctx, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && y.Value != 0 && !(x.Value == long.MinValue && y.Value == -1))
            return PyInt.Get(FloorDivLong(x.Value, y.Value));
        return Binary(ctx, a, b, BinaryOp.FloorDiv);
    }

    public static PyObject Mod(PyContext ctx, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && y.Value != 0 && y.Value != -1)
            return PyInt.Get(ModLong(x.Value, y.Value));
        return Binary(ctx, a, b, BinaryOp.Mod);
    }

    public static PyObject Pow(PyContext ctx, PyObject a, PyObject b) => Binary(ctx, a, b, BinaryOp.Pow);
    public static PyObject MatMul(PyContext ctx, PyObject a, PyObject b) => Binary(ctx, a, b, BinaryOp.MatMul);
    public static PyObject LShift(PyContext ctx, PyObject a, PyObject b) => Binary(ctx, a, b, BinaryOp.LShift);
    public static PyObject RShift(PyContext ctx, PyObject a, PyObject b) => Binary(ctx, a, b, BinaryOp.RShift);

    public static PyObject BitAnd(PyContext ctx, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return PyInt.Get(x.Value & y.Value);
        return Binary(ctx, a, b, BinaryOp.And);
    }

    public static PyObject BitOr(PyContext ctx, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return PyInt.Get(x.Value | y.Value);
        return Binary(ctx, a, b, BinaryOp.Or);
    }

    public static PyObject BitXor(PyContext ctx, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return PyInt.Get(x.Value ^ y.Value);
        return Binary(ctx, a, b, BinaryOp.Xor);
    }

    public static long FloorDivLong(long a, long b)
    {
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        return q;
    }

    public static long ModLong(long a, long b)
    {
        long m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) m += b;
        return m;
    }

    /// <summary>The full binary-operator protocol (CPython's binary_op1).</summary>
    public static PyObject Binary(PyContext ctx, PyObject a, PyObject b, BinaryOp op)
    {
        var r = TryBinary(ctx, a, b, op);
        if (r != null) return r;
        if (op == BinaryOp.Mul && BuiltinOperators.RepeatByIndex(ctx, a, b) is { } repeated) return repeated;
        throw UnsupportedOperands(a, b, Symbols[(int)op]);
    }

    public static PyException UnsupportedOperands(PyObject a, PyObject b, string symbol)
    {
        // CPython's sequence-specific messages.
        var na = Conversions.Unwrap(a);
        if (symbol is "+" or "+=" && na is PyStr or PyList or PyTuple or PyBytes)
        {
            var tn = na is PyBytes ? "bytes" : na.Type.Name;
            if (na is PyBytes) return PyErr.TypeError($"can't concat {b.Type.Name} to bytes");
            return PyErr.TypeError($"can only concatenate {tn} (not \"{b.Type.Name}\") to {tn}");
        }
        if (symbol is "*" or "*=" && (na is PyStr or PyList or PyTuple or PyBytes || Conversions.Unwrap(b) is PyStr or PyList or PyTuple or PyBytes))
        {
            var other = na is PyStr or PyList or PyTuple or PyBytes ? b : a;
            return PyErr.TypeError($"can't multiply sequence by non-int of type '{other.Type.Name}'");
        }
        if (symbol is "+" or "+=" && Conversions.Unwrap(a) is PyBytes or PyByteArray)
            return PyErr.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
        return PyErr.TypeError($"unsupported operand type(s) for {symbol}: '{a.Type.Name}' and '{b.Type.Name}'");
    }

    private static bool IsSequence(PyObject o) => Conversions.Unwrap(o) is PyStr or PyList or PyTuple or PyBytes or PyByteArray;

    /// <summary>Types whose binary operators BuiltinOperators fully implements.</summary>
    internal static bool IsCoreOperand(PyObject o) =>
        o is PyIntegral or PyFloat or PyComplex or PyStr or PyList or PyTuple or PySet or PyDict or PyBytes or PyNone;

    /// <summary>Null when neither operand supports the operation.</summary>
    public static PyObject? TryBinary(PyContext ctx, PyObject a, PyObject b, BinaryOp op)
    {
        if (a is not PyInstance && b is not PyInstance)
        {
            var r = BuiltinOperators.Binary(ctx, op, a, b);
            if (r != null) return r;
            // Only types outside BuiltinOperators (dict views, memoryview...) have more to offer.
            if (IsCoreOperand(a) && IsCoreOperand(b)) return null;
        }
        var ta = a.Type;
        var tb = b.Type;
        var slotA = ta.OperatorSlot(op, reflected: false);
        PyObject? slotB = null;
        if (!ReferenceEquals(ta, tb))
        {
            slotB = tb.OperatorSlot(op, reflected: true);
            if (slotB != null && ReferenceEquals(slotB, ta.OperatorSlot(op, reflected: true))) slotB = null;
        }
        // A built-in sequence's + and * are concatenation and repetition: the right operand's
        // reflected method gets the first chance, as with CPython's sq_concat.
        if (op is BinaryOp.Add or BinaryOp.Mul && slotA is PyBuiltin && IsSequence(a))
        {
            if (slotB != null)
            {
                var rb = CallOperand(ctx, slotB, b, a);
                if (rb != null) return rb;
            }
            return BuiltinOperators.Binary(ctx, op, Conversions.Unwrap(a), Conversions.Unwrap(b));
        }
        if (slotA != null)
        {
            if (slotB != null && tb.IsSubtypeOf(ta))
            {
                var rb = CallOperand(ctx, slotB, b, a);
                if (rb != null) return rb;
                slotB = null;
            }
            var ra = CallOperand(ctx, slotA, a, b);
            if (ra != null) return ra;
        }
        if (slotB != null)
        {
            var rb = CallOperand(ctx, slotB, b, a);
            if (rb != null) return rb;
        }
        return null;
    }

    /// <summary>Calls an operator dunder; null when it returned NotImplemented.</summary>
    private static PyObject? CallOperand(PyContext ctx, PyObject slot, PyObject self, PyObject other)
    {
        if (slot is PyNone) return null;
        var r = Calls.CallDescriptor(ctx, slot, self, other);
        return ReferenceEquals(r, PySingleton.NotImplemented) ? null : r;
    }

    /// <summary>Augmented assignment (`a += b`): __iadd__ first, then the plain operator.</summary>
    public static PyObject InPlace(PyContext ctx, PyObject a, PyObject b, BinaryOp op)
    {
        if (a is PyList list && op == BinaryOp.Add)
        {
            ListOps.Extend(ctx, list, b);
            return list;
        }
        if (a is PyInstance || a is PyList || a is PySet { Frozen: false } || a is PyDict || a is PyByteArray)
        {
            var islot = a.Type.Lookup(InPlaceNames[(int)op]);
            if (islot != null && islot is not PyNone)
            {
                var r = Calls.CallDescriptor(ctx, islot, a, b);
                if (!ReferenceEquals(r, PySingleton.NotImplemented)) return r;
            }
        }
        if (a is PyInt or PyFloat && b is PyInt or PyFloat)
        {
            switch (op)
            {
                case BinaryOp.Add: return Add(ctx, a, b);
                case BinaryOp.Sub: return Sub(ctx, a, b);
                case BinaryOp.Mul: return Mul(ctx, a, b);
            }
        }
        // Errors name the augmented operator ("+="), as CPython's do.
        var res = TryBinary(ctx, a, b, op);
        if (res != null) return res;
        if (op == BinaryOp.Mul && BuiltinOperators.RepeatByIndex(ctx, a, b) is { } repeated) return repeated;
        throw UnsupportedOperands(a, b, Symbols[(int)op] + "=");
    }

    // ------------------------------------------------------------ unary

    public static PyObject Neg(PyContext ctx, PyObject a)
    {
        switch (a)
        {
            case PyInt i when i.Value != long.MinValue: return PyInt.Get(-i.Value);
            case PyIntegral n: return PyInt.From(-n.ToBig());
            case PyFloat f: return new PyFloat(-f.Value);
            case PyComplex c: return new PyComplex(-c.Real, -c.Imag);
        }
        return Unary(ctx, a, "__neg__", "-");
    }

    public static PyObject Pos(PyContext ctx, PyObject a)
    {
        switch (a)
        {
            case PyBool b: return PyInt.Get(b.Value ? 1 : 0);
            case PyIntegral or PyFloat or PyComplex: return a;
        }
        return Unary(ctx, a, "__pos__", "+");
    }

    public static PyObject Invert(PyContext ctx, PyObject a)
    {
        switch (a)
        {
            case PyInt i: return PyInt.Get(~i.Value);
            case PyIntegral n: return PyInt.From(-n.ToBig() - 1);
        }
        return Unary(ctx, a, "__invert__", "~");
    }

    private static PyObject Unary(PyContext ctx, PyObject a, string dunder, string symbol)
    {
        var slot = a.Type.Lookup(dunder);
        if (slot == null || slot is PyNone) throw PyErr.TypeError($"bad operand type for unary {symbol}: '{a.Type.Name}'");
        return Calls.CallDescriptor(ctx, slot, a);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Not(PyContext ctx, PyObject a) => PyBool.Of(!IsTrue(ctx, a));
}
