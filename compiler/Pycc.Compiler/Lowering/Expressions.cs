using System.Numerics;
using System.Text;
using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    /// <summary>
    /// Lowers an expression to a C# expression of type PyObject. In a statement that can
    /// suspend (<see cref="_spill"/>), operands are evaluated into temporaries in Python's
    /// order first, so that a yield in the middle finds them saved in the frame.
    /// </summary>
    private string Expr(Expr e)
    {
        if (!_spill) return ExprCore(e);
        switch (e)
        {
            case Yield y: return EmitYield(y);
            case YieldFrom yf: return EmitYieldFrom(yf);
            case Await aw: throw Unsupported("'await'", aw);
            case BoolOp b: return SpillBoolOp(b);
            case IfExp i: return SpillIfExp(i);
            case Compare c when c.Ops.Count > 1: return SpillChainedCompare(c);
            case Constant: return ExprCore(e);
        }
        return Materialize(ExprCore(e));
    }

    private string ExprCore(Expr e)
    {
        switch (e)
        {
            case Constant c: return ConstantValue(c);
            case Name n: return LoadName(n.Id);
            case BinOp b: return BinaryOp(b);
            case UnaryOp u: return UnaryOp(u);
            case BoolOp b: return BoolOp(b);
            case Compare c: return CompareExpr(c);
            case Call call: return CallExpr(call);
            case Attribute a:
            {
                var obj = Expr(a.Value);
                return $"{M.AttrSite(Mangle(a.Attr))}.Get(ctx, {obj})";
            }
            case Subscript s: return SubscriptExpr(s);
            case IfExp i: return $"({Cond(i.Test)} ? {Expr(i.Body)} : {Expr(i.OrElse)})";
            case TupleExpr t: return TupleDisplay(t.Elts);
            case ListExpr l: return ListDisplay(l.Elts);
            case SetExpr s: return SetDisplay(s.Elts);
            case DictExpr d: return DictDisplay(d);
            case JoinedStr j: return FString(j);
            case FormattedValue fv: return $"new PyStr({FormattedValueText(fv)})";
            case Lambda l: return MakeFunctionExpr(l, l.Args, null);
            case Syntax.Comprehension c: return ComprehensionExpr(c);
            case NamedExpr ne: return StoreNameExpr(ne.Target.Id, Expr(ne.Value));
            case Slice s: return SliceExpr(s);
            case Starred st: throw new CompileError(M.FileName, st.Line, st.Col + 1, "can't use starred expression here");
            case Yield or YieldFrom or Await:
                throw new InvalidOperationException("resume point outside a suspending statement");
        }
        throw Unsupported(e.GetType().Name, e);
    }

    private string ConstantValue(Constant c) => c.Kind switch
    {
        ConstantKind.None => "PyNone.Instance",
        ConstantKind.True => "PyBool.True",
        ConstantKind.False => "PyBool.False",
        ConstantKind.Ellipsis => "PySingleton.Ellipsis",
        ConstantKind.Int => M.Int((BigInteger)c.Value!),
        ConstantKind.Float => M.Float((double)c.Value!),
        ConstantKind.Complex => M.Complex((double)c.Value!),
        ConstantKind.Str => M.Str((string)c.Value!),
        ConstantKind.Bytes => M.Bytes((byte[])c.Value!),
        _ => throw Unsupported("constant", c),
    };

    private string BinaryOp(BinOp b)
    {
        var l = Expr(b.Left);
        var r = Expr(b.Right);
        return b.Op switch
        {
            Operator.Add => $"Ops.Add(ctx, {l}, {r})",
            Operator.Sub => $"Ops.Sub(ctx, {l}, {r})",
            Operator.Mult => $"Ops.Mul(ctx, {l}, {r})",
            Operator.Div => $"Ops.TrueDiv(ctx, {l}, {r})",
            Operator.FloorDiv => $"Ops.FloorDiv(ctx, {l}, {r})",
            Operator.Mod => $"Ops.Mod(ctx, {l}, {r})",
            Operator.Pow => $"Ops.Pow(ctx, {l}, {r})",
            Operator.MatMult => $"Ops.MatMul(ctx, {l}, {r})",
            Operator.LShift => $"Ops.LShift(ctx, {l}, {r})",
            Operator.RShift => $"Ops.RShift(ctx, {l}, {r})",
            Operator.BitAnd => $"Ops.BitAnd(ctx, {l}, {r})",
            Operator.BitOr => $"Ops.BitOr(ctx, {l}, {r})",
            _ => $"Ops.BitXor(ctx, {l}, {r})",
        };
    }

    private string UnaryOp(UnaryOp u)
    {
        if (u.Op == UnaryOperator.Not) return $"PyBool.Of(!{Cond(u.Operand)})";
        // Fold negative literals so `-1` is a constant, as CPython does.
        if (u.Op == UnaryOperator.USub && u.Operand is Constant { Kind: ConstantKind.Int or ConstantKind.Float } k)
            return k.Kind == ConstantKind.Int ? M.Int(-(BigInteger)k.Value!) : M.Float(-(double)k.Value!);
        var o = Expr(u.Operand);
        return u.Op switch
        {
            UnaryOperator.USub => $"Ops.Neg(ctx, {o})",
            UnaryOperator.UAdd => $"Ops.Pos(ctx, {o})",
            _ => $"Ops.Invert(ctx, {o})",
        };
    }

    private string BoolOp(BoolOp b)
    {
        // a and b -> (IsTrue(t = a) ? b : t); evaluated right to left into nested conditionals.
        string result = Expr(b.Values[^1]);
        for (int i = b.Values.Count - 2; i >= 0; i--)
        {
            var t = Temp();
            var v = Expr(b.Values[i]);
            result = b.Op == BoolOperator.And
                ? $"(Ops.IsTrue(ctx, {t} = {v}) ? {result} : {t})"
                : $"(Ops.IsTrue(ctx, {t} = {v}) ? {t} : {result})";
        }
        return result;
    }

    private static string CompareOpName(CmpOperator op) => op switch
    {
        CmpOperator.Lt => "CompareOp.Lt",
        CmpOperator.LtE => "CompareOp.Le",
        CmpOperator.Eq => "CompareOp.Eq",
        CmpOperator.NotEq => "CompareOp.Ne",
        CmpOperator.Gt => "CompareOp.Gt",
        _ => "CompareOp.Ge",
    };

    /// <summary>One comparison as a C# bool expression.</summary>
    private static string CompareBool(CmpOperator op, string l, string r) => op switch
    {
        CmpOperator.Is => $"ReferenceEquals({l}, {r})",
        CmpOperator.IsNot => $"!ReferenceEquals({l}, {r})",
        CmpOperator.In => $"Ops.In(ctx, {l}, {r})",
        CmpOperator.NotIn => $"!Ops.In(ctx, {l}, {r})",
        _ => $"Ops.CompareBool(ctx, {l}, {r}, {CompareOpName(op)})",
    };

    /// <summary>One comparison as a C# PyObject expression.</summary>
    private static string CompareValue(CmpOperator op, string l, string r) => op switch
    {
        CmpOperator.Is or CmpOperator.IsNot or CmpOperator.In or CmpOperator.NotIn => $"PyBool.Of({CompareBool(op, l, r)})",
        _ => $"Ops.Compare(ctx, {l}, {r}, {CompareOpName(op)})",
    };

    private string CompareExpr(Compare c)
    {
        if (c.Ops.Count == 1) return CompareValue(c.Ops[0], Expr(c.Left), Expr(c.Comparators[0]));
        // a < b < c: each middle operand is evaluated once; stops at the first false result.
        var left = Expr(c.Left);
        var pieces = new List<Func<string, string>>();
        string prev = left;
        for (int i = 0; i < c.Ops.Count; i++)
        {
            bool last = i == c.Ops.Count - 1;
            var rightCode = Expr(c.Comparators[i]);
            var right = last ? rightCode : Temp();
            var op = c.Ops[i];
            var p = prev;
            if (last) pieces.Add(_ => CompareValue(op, p, right));
            else
            {
                var assign = $"({right} = {rightCode})";
                pieces.Add(_ => CompareValue(op, p, assign));
            }
            prev = right;
        }
        // Fold from the end: (IsTrue(t = c1) ? rest : t).
        var result = pieces[^1]("");
        for (int i = pieces.Count - 2; i >= 0; i--)
        {
            var t = Temp();
            result = $"(Ops.IsTrue(ctx, {t} = {pieces[i]("")}) ? {result} : {t})";
        }
        return result;
    }

    private string SubscriptExpr(Subscript s)
    {
        var obj = Expr(s.Value);
        var key = SubscriptKey(s.Slice);
        return ConstantIndex(s.Slice) is int i ? $"Ops.GetItemAt(ctx, {obj}, {i}, {key})" : $"Ops.GetItem(ctx, {obj}, {key})";
    }

    /// <summary>The value of a subscript that is an int literal (`a[3]`, `a[-1]`): lists and tuples
    /// are then indexed without boxing or type tests on the key.</summary>
    private static int? ConstantIndex(Expr slice) => slice switch
    {
        Constant { Kind: ConstantKind.Int, Value: BigInteger v } when v >= int.MinValue / 2 && v <= int.MaxValue / 2 => (int)v,
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Kind: ConstantKind.Int, Value: BigInteger v } } when v <= int.MaxValue / 2 => -(int)v,
        _ => null,
    };

    private string SubscriptKey(Expr slice) => slice switch
    {
        Slice sl => SliceExpr(sl),
        _ => Expr(slice),
    };

    private string SliceExpr(Slice s)
    {
        string Part(Expr? p) => p == null ? "null" : Expr(p);
        var lower = Part(s.Lower);
        var upper = Part(s.Upper);
        var step = Part(s.Step);
        return $"Ops.MakeSlice({lower}, {upper}, {step})";
    }

    // ------------------------------------------------------------ displays

    /// <summary>Elements of a display or call, expanding `*iterable`.</summary>
    private string Items(List<Expr> elts, string? callee = null)
    {
        if (!elts.Any(e => e is Starred))
            return elts.Count == 0 ? "System.Array.Empty<PyObject>()" : $"new PyObject[] {{ {string.Join(", ", elts.Select(Expr))} }}";
        var codes = new List<string>();
        var stars = new List<int>();
        for (int i = 0; i < elts.Count; i++)
        {
            if (elts[i] is Starred st) { stars.Add(i); codes.Add(Expr(st.Value)); }
            else codes.Add(Expr(elts[i]));
        }
        return callee == null
            ? $"Build.Unpack(ctx, new PyObject[] {{ {string.Join(", ", codes)} }}, new int[] {{ {string.Join(", ", stars)} }})"
            : $"Build.UnpackArgs(ctx, {callee}, new PyObject[] {{ {string.Join(", ", codes)} }}, new int[] {{ {string.Join(", ", stars)} }})";
    }

    private string TupleDisplay(List<Expr> elts)
    {
        if (elts.Count == 0) return "PyTuple.Empty";
        if (elts.All(e => e is Constant))
        {
            var items = string.Join(", ", elts.Select(Expr));
            return M.AddField("PyTuple", "T", $"PyTuple.Of({items})");
        }
        if (!elts.Any(e => e is Starred)) return $"new PyTuple(new PyObject[] {{ {string.Join(", ", elts.Select(Expr))} }})";
        return $"PyTuple.Of({Items(elts)})";
    }

    private string ListDisplay(List<Expr> elts) => elts.Count == 0 ? "new PyList()" : $"new PyList({Items(elts)})";

    private string SetDisplay(List<Expr> elts) => $"Build.Set(ctx, {Items(elts)})";

    private string DictDisplay(DictExpr d)
    {
        if (d.Keys.Count == 0) return "new PyDict()";
        if (d.Keys.All(k => k != null))
        {
            var parts = new List<string>();
            for (int i = 0; i < d.Keys.Count; i++)
            {
                parts.Add(Expr(d.Keys[i]!));
                parts.Add(Expr(d.Values[i]));
            }
            return $"Build.Dict(ctx, new PyObject[] {{ {string.Join(", ", parts)} }})";
        }
        // With `**mapping` entries: null keys mark mappings to merge.
        var items = new List<string>();
        for (int i = 0; i < d.Keys.Count; i++)
        {
            items.Add(d.Keys[i] == null ? "null" : Expr(d.Keys[i]!));
            items.Add(Expr(d.Values[i]));
        }
        return $"Build.DictMerge(ctx, new PyObject?[] {{ {string.Join(", ", items)} }})";
    }

    // ------------------------------------------------------------ f-strings

    private string FString(JoinedStr j)
    {
        var parts = new List<string>();
        foreach (var v in j.Values)
        {
            if (v is Constant { Value: string s }) parts.Add(CodeWriter.Literal(s));
            else if (v is FormattedValue fv) parts.Add(FormattedValueText(fv));
            else parts.Add($"Ops.StrString(ctx, {Expr(v)})");
        }
        if (parts.Count == 0) return M.Str("");
        if (parts.Count == 1) return $"new PyStr({parts[0]})";
        return $"new PyStr(string.Concat({string.Join(", ", parts)}))";
    }

    /// <summary>A replacement field as a C# string expression.</summary>
    private string FormattedValueText(FormattedValue fv)
    {
        var value = Expr(fv.Value);
        string spec = fv.FormatSpec switch
        {
            null => "null",
            JoinedStr js when js.Values.All(v => v is Constant) => M.Str(string.Concat(js.Values.Select(v => (string)((Constant)v).Value!))),
            _ => Expr(fv.FormatSpec),
        };
        char conv = fv.Conversion < 0 ? '\0' : (char)fv.Conversion;
        return $"Ops.FormatValue(ctx, {value}, '{(conv == '\0' ? "\\0" : conv.ToString())}', {spec})";
    }

    // ------------------------------------------------------------ spilled control flow

    private string SpillBoolOp(BoolOp b)
    {
        var result = Temp();
        var end = NewLabel("boolop_end");
        for (int i = 0; i < b.Values.Count; i++)
        {
            W.Line($"{result} = {Expr(b.Values[i])};");
            if (i < b.Values.Count - 1)
                W.Line(b.Op == BoolOperator.And
                    ? $"if (!Ops.IsTrue(ctx, {result})) goto {end};"
                    : $"if (Ops.IsTrue(ctx, {result})) goto {end};");
        }
        W.Label(end);
        return result;
    }

    private string SpillIfExp(IfExp i)
    {
        var result = Temp();
        var elseLabel = NewLabel("ifexp_else");
        var end = NewLabel("ifexp_end");
        W.Line($"if (!{Cond(i.Test)}) goto {elseLabel};");
        W.Line($"{result} = {Expr(i.Body)};");
        W.Line($"goto {end};");
        W.Label(elseLabel);
        W.Line($"{result} = {Expr(i.OrElse)};");
        W.Label(end);
        return result;
    }

    private string SpillChainedCompare(Compare c)
    {
        var result = Temp();
        var end = NewLabel("cmp_end");
        var left = Expr(c.Left);
        for (int i = 0; i < c.Ops.Count; i++)
        {
            var right = Expr(c.Comparators[i]);
            W.Line($"{result} = {CompareValue(c.Ops[i], left, right)};");
            if (i < c.Ops.Count - 1) W.Line($"if (!Ops.IsTrue(ctx, {result})) goto {end};");
            left = right;
        }
        W.Label(end);
        return result;
    }

    // ------------------------------------------------------------ conditions

    /// <summary>An expression in a boolean context, as a C# bool (no bool object for comparisons).</summary>
    private string Cond(Expr e)
    {
        if (_spill && HasYield(e)) return $"Ops.IsTrue(ctx, {Expr(e)})";
        switch (e)
        {
            case Compare c when c.Ops.Count == 1:
                return CompareBool(c.Ops[0], Expr(c.Left), Expr(c.Comparators[0]));
            case UnaryOp { Op: UnaryOperator.Not } u:
                return $"!{Cond(u.Operand)}";
            case BoolOp b:
                return "(" + string.Join(b.Op == BoolOperator.And ? " && " : " || ", b.Values.Select(Cond)) + ")";
            case Constant { Kind: ConstantKind.True }:
                return "true";
            case Constant { Kind: ConstantKind.False or ConstantKind.None }:
                return "false";
        }
        return $"Ops.IsTrue(ctx, {Expr(e)})";
    }
}
