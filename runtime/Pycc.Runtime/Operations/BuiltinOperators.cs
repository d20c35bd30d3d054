using System.Numerics;

namespace Pycc.Runtime;

/// <summary>
/// Binary operators between built-in values (int, float, complex, str, bytes, list,
/// tuple, set, dict). Returns null for NotImplemented so the caller can try reflection.
/// </summary>
public static class BuiltinOperators
{
    public static PyObject? Binary(PyContext ctx, BinaryOp op, PyObject a, PyObject b)
    {
        if (a is PyIntegral ia)
        {
            if (b is PyIntegral ib) return IntOp(op, ia, ib);
            if (b is PyFloat fb) return FloatOp(op, ToDouble(ia), fb.Value);
            if (b is PyComplex cb) return ComplexOp(op, ToDouble(ia), 0, cb.Real, cb.Imag);
            if (op == BinaryOp.Mul) return Repeat(ctx, b, ia);
            return null;
        }
        if (a is PyFloat fa)
        {
            if (b is PyFloat fb) return FloatOp(op, fa.Value, fb.Value);
            if (b is PyIntegral ib) return FloatOp(op, fa.Value, ToDouble(ib));
            if (b is PyComplex cb) return ComplexOp(op, fa.Value, 0, cb.Real, cb.Imag);
            return null;
        }
        if (a is PyComplex ca)
        {
            if (b is PyComplex cb) return ComplexOp(op, ca.Real, ca.Imag, cb.Real, cb.Imag);
            if (b is PyFloat fb) return ComplexOp(op, ca.Real, ca.Imag, fb.Value, 0);
            if (b is PyIntegral ib) return ComplexOp(op, ca.Real, ca.Imag, ToDouble(ib), 0);
            return null;
        }
        switch (op)
        {
            case BinaryOp.Add:
                switch (a)
                {
                    case PyStr sa:
                        if (b is PyStr sb) return new PyStr(string.Concat(sa.Value, sb.Value));
                        return null;
                    case PyList la:
                        if (b is PyList lb)
                        {
                            var items = new PyObject[la.Count + lb.Count];
                            Array.Copy(la.Items, items, la.Count);
                            Array.Copy(lb.Items, 0, items, la.Count, lb.Count);
                            return new PyList(items);
                        }
                        return null;
                    case PyTuple ta:
                        if (b is PyTuple tb) return new PyTuple([.. ta.Items, .. tb.Items]);
                        return null;
                    case PyBytes ba:
                        if (b is PyBytes bb) return new PyBytes([.. ba.Value, .. bb.Value]);
                        if (b is PyByteArray bab) return new PyBytes([.. ba.Value, .. bab.Value]);
                        if (b is PyMemoryView mv) return new PyBytes([.. ba.Value, .. mv.ToBytes()]);
                        return null;
                    case PyByteArray baa:
                        if (b is PyBytes bb2) return new PyByteArray([.. baa.Value, .. bb2.Value]);
                        if (b is PyByteArray bb3) return new PyByteArray([.. baa.Value, .. bb3.Value]);
                        if (b is PyMemoryView mv2) return new PyByteArray([.. baa.Value, .. mv2.ToBytes()]);
                        return null;
                }
                return null;
            case BinaryOp.Mul:
                if (b is PyIntegral n) return Repeat(ctx, a, n);
                return null;
            case BinaryOp.Mod:
                if (a is PyStr fmt) return new PyStr(PercentFormat.Format(ctx, fmt.Value, b));
                if (a is PyBytes bfmt) return PercentFormat.FormatBytes(ctx, bfmt.Value, b);
                return null;
            case BinaryOp.And or BinaryOp.Or or BinaryOp.Xor or BinaryOp.Sub:
                if (a is PySet sa2 && b is PySet sb2) return SetOps.Combine(ctx, op, sa2, sb2);
                if (op == BinaryOp.Or && a is PyDict da && b is PyDict db)
                {
                    var r = da.Copy();
                    foreach (var (k, v) in db.Pairs()) r.SetItem(ctx, k, v);
                    return r;
                }
                return null;
        }
        return null;
    }

    public static double ToDouble(PyIntegral i) => i switch
    {
        PyInt s => s.Value,
        PyBool b => b.Value ? 1 : 0,
        _ => BigToDouble(((PyBigInt)i).Value),
    };

    /// <summary>int → float, correctly rounded (half to even) like CPython; .NET's BigInteger cast truncates.</summary>
    public static double BigToDouble(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return (long)v;
        var mag = BigInteger.Abs(v);
        long shift = (long)mag.GetBitLength() - 63;
        var top = (long)(mag >> (int)shift);
        // Fold the discarded bits into the lowest kept bit so the conversion rounds as if it saw them all.
        if (!(mag & ((BigInteger.One << (int)shift) - 1)).IsZero) top |= 1;
        var d = Math.ScaleB(top, (int)shift);
        if (double.IsInfinity(d)) throw PyErr.OverflowError("int too large to convert to float");
        return v.Sign < 0 ? -d : d;
    }

    /// <summary>Sequence repetition by any object with __index__ (`"ab" * Idx(2)`); null when it does not apply.</summary>
    public static PyObject? RepeatByIndex(PyContext ctx, PyObject a, PyObject b)
    {
        PyObject sa = Conversions.Unwrap(a), sb = Conversions.Unwrap(b);
        if (sa is PyStr or PyList or PyTuple or PyBytes or PyByteArray && b.Type.Lookup("__index__") != null)
            return Repeat(ctx, sa, PyInt.From(Conversions.Index(ctx, b)));
        if (sb is PyStr or PyList or PyTuple or PyBytes or PyByteArray && a.Type.Lookup("__index__") != null)
            return Repeat(ctx, sb, PyInt.From(Conversions.Index(ctx, a)));
        return null;
    }

    private static PyObject? Repeat(PyContext ctx, PyObject seq, PyIntegral count)
    {
        long n;
        try { n = (long)count.ToBig(); }
        catch (OverflowException) { throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer"); }
        if (n < 0) n = 0;
        switch (seq)
        {
            case PyStr s:
                if (s.Value.Length * n > int.MaxValue / 2) throw PyErr.New(TypeObjects.MemoryError);
                return new PyStr(StrMethods.Repeat(s.Value, n));
            case PyList l:
            {
                if ((long)l.Count * n > int.MaxValue / 2) throw PyErr.New(TypeObjects.MemoryError);
                var items = new PyObject[l.Count * n];
                for (int i = 0; i < n; i++) Array.Copy(l.Items, 0, items, i * l.Count, l.Count);
                return new PyList(items);
            }
            case PyTuple t:
            {
                if ((long)t.Count * n > int.MaxValue / 2) throw PyErr.New(TypeObjects.MemoryError);
                if (n == 1) return t;
                var items = new PyObject[t.Count * n];
                for (int i = 0; i < n; i++) Array.Copy(t.Items, 0, items, i * t.Count, t.Count);
                return PyTuple.Of(items);
            }
            case PyBytes b:
            {
                var r = new byte[b.Value.Length * n];
                for (int i = 0; i < n; i++) Array.Copy(b.Value, 0, r, i * b.Value.Length, b.Value.Length);
                return new PyBytes(r);
            }
            case PyByteArray ba:
            {
                var r = new List<byte>();
                for (int i = 0; i < n; i++) r.AddRange(ba.Value);
                return new PyByteArray(r);
            }
        }
        return null;
    }

    // ------------------------------------------------------------ int

    public static PyObject? IntOp(BinaryOp op, PyIntegral a, PyIntegral b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            long p = x.Value, q = y.Value;
            switch (op)
            {
                case BinaryOp.Add: { long r = p + q; if (((p ^ r) & (q ^ r)) >= 0) return PyInt.Get(r); break; }
                case BinaryOp.Sub: { long r = p - q; if (((p ^ q) & (p ^ r)) >= 0) return PyInt.Get(r); break; }
                case BinaryOp.Mul: { long hi = Math.BigMul(p, q, out long lo); if (hi == (lo >> 63)) return PyInt.Get(lo); break; }
                case BinaryOp.FloorDiv:
                    if (q == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
                    if (!(p == long.MinValue && q == -1)) return PyInt.Get(Ops.FloorDivLong(p, q));
                    break;
                case BinaryOp.Mod:
                    if (q == 0) throw PyErr.ZeroDivisionError("integer modulo by zero");
                    if (q == -1) return PyInt.Zero;
                    return PyInt.Get(Ops.ModLong(p, q));
                case BinaryOp.And: return PyInt.Get(p & q);
                case BinaryOp.Or: return PyInt.Get(p | q);
                case BinaryOp.Xor: return PyInt.Get(p ^ q);
                case BinaryOp.RShift:
                    if (q < 0) throw PyErr.ValueError("negative shift count");
                    return PyInt.Get(q >= 64 ? (p < 0 ? -1 : 0) : p >> (int)q);
                case BinaryOp.LShift:
                    if (q < 0) throw PyErr.ValueError("negative shift count");
                    if (q < 63 && p == (p << (int)q) >> (int)q) return PyInt.Get(p << (int)q);
                    break;
            }
            if (op == BinaryOp.TrueDiv && Math.Abs(p) < (1L << 53) && Math.Abs(q) < (1L << 53))
            {
                if (q == 0) throw PyErr.ZeroDivisionError("division by zero");
                return new PyFloat((double)p / q);
            }
            if (op == BinaryOp.Pow && q >= 0 && q < 64) return IntPowSmall(p, (int)q);
        }
        if (a is PyBool ba && b is PyBool bb)
        {
            switch (op)
            {
                case BinaryOp.And: return PyBool.Of(ba.Value & bb.Value);
                case BinaryOp.Or: return PyBool.Of(ba.Value | bb.Value);
                case BinaryOp.Xor: return PyBool.Of(ba.Value ^ bb.Value);
            }
        }
        return BigOp(op, a.ToBig(), b.ToBig());
    }

    private static PyIntegral IntPowSmall(long p, int q)
    {
        long result = 1, b = p;
        int e = q;
        while (e > 0)
        {
            if ((e & 1) != 0)
            {
                long hi = Math.BigMul(result, b, out long lo);
                if (hi != (lo >> 63)) return PyInt.From(BigInteger.Pow(p, q));
                result = lo;
            }
            e >>= 1;
            if (e > 0)
            {
                long hi = Math.BigMul(b, b, out long lo);
                if (hi != (lo >> 63)) return PyInt.From(BigInteger.Pow(p, q));
                b = lo;
            }
        }
        return PyInt.Get(result);
    }

    /// <summary>
    /// Square-and-multiply with a safepoint between the multiplications, so a huge power
    /// (10**10**7) can be interrupted between steps; one multiplication is never interrupted.
    /// </summary>
    private static BigInteger PowInterruptible(BigInteger b, int e)
    {
        var ctx = PyContext.CurrentOrNull;
        if (ctx == null || e < 1 << 12) return BigInteger.Pow(b, e);
        BigInteger result = BigInteger.One;
        while (true)
        {
            if ((e & 1) != 0) result *= b;
            e >>= 1;
            if (e == 0) return result;
            Safepoint.Check(ctx);
            b *= b;
            Safepoint.Check(ctx);
        }
    }

    private static PyObject? BigOp(BinaryOp op, BigInteger p, BigInteger q)
    {
        switch (op)
        {
            case BinaryOp.Add: return PyInt.From(p + q);
            case BinaryOp.Sub: return PyInt.From(p - q);
            case BinaryOp.Mul: return PyInt.From(p * q);
            case BinaryOp.FloorDiv:
                if (q.IsZero) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
                return PyInt.From(FloorDivBig(p, q));
            case BinaryOp.Mod:
                if (q.IsZero) throw PyErr.ZeroDivisionError("integer modulo by zero");
                return PyInt.From(p - FloorDivBig(p, q) * q);
            case BinaryOp.TrueDiv:
                if (q.IsZero) throw PyErr.ZeroDivisionError("division by zero");
                return new PyFloat(IntTrueDiv(p, q));
            case BinaryOp.Pow:
                if (q.Sign < 0)
                {
                    if (p.IsZero) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
                    return FloatPow(BigToDouble(p), BigToDouble(q));
                }
                if (q > int.MaxValue)
                {
                    if (p.IsOne || p.IsZero) return PyInt.From(p);
                    if (p == BigInteger.MinusOne) return PyInt.From(q.IsEven ? 1 : -1);
                    throw PyErr.New(TypeObjects.MemoryError);
                }
                return PyInt.From(PowInterruptible(p, (int)q));
            case BinaryOp.LShift:
                if (q.Sign < 0) throw PyErr.ValueError("negative shift count");
                if (q > int.MaxValue) throw PyErr.OverflowError("too many digits in integer");
                return PyInt.From(p << (int)q);
            case BinaryOp.RShift:
                if (q.Sign < 0) throw PyErr.ValueError("negative shift count");
                if (q > int.MaxValue) return PyInt.From(p.Sign < 0 ? -1 : 0);
                return PyInt.From(p >> (int)q);
            case BinaryOp.And: return PyInt.From(p & q);
            case BinaryOp.Or: return PyInt.From(p | q);
            case BinaryOp.Xor: return PyInt.From(p ^ q);
        }
        return null;
    }

    public static BigInteger FloorDivBig(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary>int / int, correctly rounded even for huge operands.</summary>
    private static double IntTrueDiv(BigInteger p, BigInteger q)
    {
        if (BigInteger.Abs(p) < (BigInteger.One << 53) && BigInteger.Abs(q) < (BigInteger.One << 53))
            return (double)p / (double)q;
        // Scale so the quotient carries 55+ significant bits, then divide once.
        int shift = (int)(q.GetBitLength() - p.GetBitLength()) + 60;
        var num = shift > 0 ? p << shift : p;
        var den = shift < 0 ? q << -shift : q;
        var quo = BigInteger.DivRem(num, den, out var rem);
        if (!rem.IsZero) quo = quo * 2 + (rem.Sign == quo.Sign || quo.IsZero ? rem.Sign : -rem.Sign); else quo *= 2;
        double d = BigToDouble(quo);
        var result = Math.ScaleB(d, -shift - 1);
        if (double.IsInfinity(result)) throw PyErr.OverflowError("integer division result too large for a float");
        return result;
    }

    // ------------------------------------------------------------ float

    public static PyObject? FloatOp(BinaryOp op, double a, double b)
    {
        switch (op)
        {
            case BinaryOp.Add: return new PyFloat(a + b);
            case BinaryOp.Sub: return new PyFloat(a - b);
            case BinaryOp.Mul: return new PyFloat(a * b);
            case BinaryOp.TrueDiv:
                if (b == 0) throw PyErr.ZeroDivisionError("float division by zero");
                return new PyFloat(a / b);
            case BinaryOp.FloorDiv:
                if (b == 0) throw PyErr.ZeroDivisionError("float floor division by zero");
                return new PyFloat(FloatDivMod(a, b).div);
            case BinaryOp.Mod:
                if (b == 0) throw PyErr.ZeroDivisionError("float modulo");
                return new PyFloat(FloatDivMod(a, b).mod);
            case BinaryOp.Pow:
                return FloatPow(a, b);
        }
        return null;
    }

    /// <summary>CPython's float divmod: the remainder takes the divisor's sign.</summary>
    public static (double div, double mod) FloatDivMod(double vx, double wx)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = wx < 0 ? -0.0 : 0.0;
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
        return (floordiv, mod);
    }

    private static PyObject FloatPow(double a, double b) => NumberMath.FloatPow(a, b);

    // ------------------------------------------------------------ complex

    private static PyObject? ComplexOp(BinaryOp op, double ar, double ai, double br, double bi)
    {
        switch (op)
        {
            case BinaryOp.Add: return new PyComplex(ar + br, ai + bi);
            case BinaryOp.Sub: return new PyComplex(ar - br, ai - bi);
            case BinaryOp.Mul: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case BinaryOp.TrueDiv:
                var (qr, qi) = NumberMath.Quot(ar, ai, br, bi);
                return new PyComplex(qr, qi);
            case BinaryOp.Pow:
                return NumberMath.ComplexPow(ar, ai, br, bi);
            default: return null;
        }
    }
}
