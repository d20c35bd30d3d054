using Pycc.Compiler.Symbols;
using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    // ------------------------------------------------------------ name access

    private NameKind KindOf(string mangled) => S.Resolved.TryGetValue(mangled, out var k) ? k
        : S.Kind == ScopeKind.Module ? NameKind.GlobalExplicit : NameKind.GlobalImplicit;

    /// <summary>A C# expression reading the variable, raising NameError / UnboundLocalError like CPython.</summary>
    private string LoadName(string id)
    {
        var name = Mangle(id);
        switch (KindOf(name))
        {
            case NameKind.Local:
                if (S.Params.Contains(name) && !IsDeleted(name)) return VarName(name);
                DeclareLocal("PyObject", VarName(name));
                return $"({VarName(name)} ?? throw PyErr.UnboundLocal({CodeWriter.Literal(name)}))";
            case NameKind.Cell:
                DeclareLocal("PyCell", CellName(name));
                return $"({CellName(name)}.Value ?? throw PyErr.UnboundLocal({CodeWriter.Literal(name)}))";
            case NameKind.Free:
                DeclareLocal("PyCell", CellName(name));
                if (S.Kind == ScopeKind.Class)
                    return $"Ops.ClassLoadDeref(ctx, l__ns, {M.Str(name)}, {CellName(name)})";
                return $"({CellName(name)}.Value ?? throw PyErr.FreeVarUnbound({CodeWriter.Literal(name)}))";
            case NameKind.ClassLocal:
            case NameKind.GlobalImplicit when S.Kind == ScopeKind.Class:
                return $"Ops.ClassLoadName(ctx, l__ns, {M.Str(name)}, {GlobalRef(name)})";
            default:
                return $"({GlobalRef(name)}.Value ?? Ops.LoadGlobal({GlobalRef(name)}))";
        }
    }

    private bool IsDeleted(string name) => (_deletedNames ??= CollectDeletedNames()).Contains(name);
    private HashSet<string>? _deletedNames;

    /// <summary>Names this scope deletes: reads of such parameters must check for unbound.</summary>
    private HashSet<string> CollectDeletedNames()
    {
        var set = new HashSet<string>();
        void Walk(Node n)
        {
            foreach (var c in n.Children())
            {
                if (c is FunctionDef or ClassDef or Lambda or Syntax.Comprehension) continue;
                if (c is Delete d)
                    foreach (var t in d.Targets)
                        foreach (var name in TargetNames(t)) set.Add(Mangle(name));
                if (c is ExceptHandler { Name: { } hn }) set.Add(Mangle(hn));
                Walk(c);
            }
        }
        Walk(S.Node);
        return set;
    }

    private static IEnumerable<string> TargetNames(Expr e)
    {
        switch (e)
        {
            case Name n: yield return n.Id; break;
            case TupleExpr or ListExpr:
                foreach (var x in Elements(e)) foreach (var y in TargetNames(x)) yield return y;
                break;
        }
    }

    /// <summary>Assigns a C# expression to a name.</summary>
    private void StoreName(string id, string value)
    {
        var name = Mangle(id);
        switch (KindOf(name))
        {
            case NameKind.Local:
                DeclareLocal("PyObject", VarName(name));
                W.Line($"{VarName(name)} = {value};");
                break;
            case NameKind.Cell:
            case NameKind.Free when S.Kind != ScopeKind.Class:
                DeclareLocal("PyCell", CellName(name));
                W.Line($"{CellName(name)}.Value = {value};");
                break;
            case NameKind.ClassLocal:
            case NameKind.Free:
                W.Line($"Ops.SetItem(ctx, l__ns, {M.Str(name)}, {value});");
                break;
            default:
                W.Line($"{GlobalRef(name)}.Value = {value};");
                break;
        }
    }

    /// <summary>An assignment used as an expression (walrus): the C# assignment expression.</summary>
    private string StoreNameExpr(string id, string value)
    {
        var name = Mangle(id);
        switch (KindOf(name))
        {
            case NameKind.Local:
                DeclareLocal("PyObject", VarName(name));
                return $"({VarName(name)} = {value})";
            case NameKind.Cell:
            case NameKind.Free:
                DeclareLocal("PyCell", CellName(name));
                return $"({CellName(name)}.Value = {value})";
            case NameKind.ClassLocal:
                return $"Ops.StoreItemValue(ctx, l__ns, {M.Str(name)}, {value})";
            default:
                return $"({GlobalRef(name)}.Value = {value})";
        }
    }

    private void DeleteName(string id)
    {
        var name = Mangle(id);
        switch (KindOf(name))
        {
            case NameKind.Local:
                DeclareLocal("PyObject", VarName(name));
                W.Line($"if ({VarName(name)} == null) throw PyErr.UnboundLocal({CodeWriter.Literal(name)});");
                W.Line($"{VarName(name)} = null;");
                break;
            case NameKind.Cell:
            case NameKind.Free when S.Kind != ScopeKind.Class:
                DeclareLocal("PyCell", CellName(name));
                W.Line($"if ({CellName(name)}.Value == null) throw PyErr.UnboundLocal({CodeWriter.Literal(name)});");
                W.Line($"{CellName(name)}.Value = null;");
                break;
            case NameKind.ClassLocal:
                W.Line($"Ops.ClassDeleteName(ctx, l__ns, {M.Str(name)});");
                break;
            default:
                W.Line($"Ops.DeleteGlobal({GlobalRef(name)});");
                break;
        }
    }

    // ------------------------------------------------------------ assignment statements

    private void EmitAssign(Assign a)
    {
        if (a.Targets.Count == 1 && a.Targets[0] is Name n)
        {
            StoreName(n.Id, Expr(a.Value));
            return;
        }
        if (a.Targets.Count == 1 && a.Targets[0] is TupleExpr or ListExpr && a.Value is TupleExpr tv && !tv.Elts.Any(e => e is Starred)
            && Elements(a.Targets[0]).Count == tv.Elts.Count && !Elements(a.Targets[0]).Any(e => e is Starred))
        {
            // `a, b = b, a`: evaluate all values first, then assign in order, without a tuple.
            var temps = tv.Elts.Select(e => Materialize(Expr(e))).ToList();
            var targets = Elements(a.Targets[0]);
            for (int i = 0; i < targets.Count; i++) AssignTo(targets[i], temps[i]);
            return;
        }
        var value = Materialize(Expr(a.Value));
        foreach (var t in a.Targets) AssignTo(t, value);
    }

    private static List<Expr> Elements(Expr e) => e switch
    {
        TupleExpr t => t.Elts,
        ListExpr l => l.Elts,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Stores the value of a C# expression (a temp or a side-effect-free read) into a target.</summary>
    private void AssignTo(Expr target, string value)
    {
        switch (target)
        {
            case Name n:
                StoreName(n.Id, value);
                break;
            case Attribute at:
            {
                var obj = Expr(at.Value);
                W.Line($"{M.AttrSite(Mangle(at.Attr))}.Set(ctx, {obj}, {value});");
                break;
            }
            case Subscript sub:
            {
                var obj = Expr(sub.Value);
                var key = SubscriptKey(sub.Slice);
                W.Line(ConstantIndex(sub.Slice) is int i
                    ? $"Ops.SetItemAt(ctx, {obj}, {i}, {key}, {value});"
                    : $"Ops.SetItem(ctx, {obj}, {key}, {value});");
                break;
            }
            case TupleExpr or ListExpr:
                Unpack(Elements(target), value);
                break;
            case Starred:
                throw new CompileError(M.FileName, target.Line, target.Col + 1, "starred assignment target must be in a list or tuple");
            default:
                throw new CompileError(M.FileName, target.Line, target.Col + 1, "cannot assign to expression");
        }
    }

    private void Unpack(List<Expr> targets, string value)
    {
        int star = targets.FindIndex(t => t is Starred);
        var arr = NewLocal("u", "PyObject[]");
        if (star < 0)
            W.Line($"{arr} = Iteration.UnpackExact(ctx, {value}, {targets.Count});");
        else
            W.Line($"{arr} = Iteration.UnpackStarred(ctx, {value}, {star}, {targets.Count - star - 1});");
        for (int i = 0; i < targets.Count; i++)
        {
            var t = targets[i] is Starred st ? st.Value : targets[i];
            AssignTo(t, $"{arr}[{i}]");
        }
    }

    private void EmitAugAssign(AugAssign a)
    {
        var op = "BinaryOp." + a.Op switch
        {
            Operator.Add => "Add", Operator.Sub => "Sub", Operator.Mult => "Mul", Operator.MatMult => "MatMul",
            Operator.Div => "TrueDiv", Operator.FloorDiv => "FloorDiv", Operator.Mod => "Mod", Operator.Pow => "Pow",
            Operator.LShift => "LShift", Operator.RShift => "RShift", Operator.BitAnd => "And", Operator.BitOr => "Or",
            _ => "Xor",
        };
        string InPlace(string cur, string val) => a.Op switch
        {
            Operator.Add => $"Ops.InPlaceAdd(ctx, {cur}, {val})",
            Operator.Sub => $"Ops.InPlaceSub(ctx, {cur}, {val})",
            _ => $"Ops.InPlace(ctx, {cur}, {val}, {op})",
        };
        switch (a.Target)
        {
            case Name n:
            {
                var cur = Materialize(LoadName(n.Id));
                var val = Expr(a.Value);
                StoreName(n.Id, InPlace(cur, val));
                break;
            }
            case Attribute at:
            {
                var obj = Materialize(Expr(at.Value));
                var attr = CodeWriter.Literal(Mangle(at.Attr));
                var cur = Materialize($"Ops.GetAttr(ctx, {obj}, {attr})");
                var val = Expr(a.Value);
                W.Line($"Ops.SetAttr(ctx, {obj}, {attr}, {InPlace(cur, val)});");
                break;
            }
            case Subscript sub:
            {
                var obj = Materialize(Expr(sub.Value));
                if (ConstantIndex(sub.Slice) is int i)
                {
                    var constKey = SubscriptKey(sub.Slice);
                    var current = Materialize($"Ops.GetItemAt(ctx, {obj}, {i}, {constKey})");
                    W.Line($"Ops.SetItemAt(ctx, {obj}, {i}, {constKey}, {InPlace(current, Expr(a.Value))});");
                    break;
                }
                var key = Materialize(SubscriptKey(sub.Slice));
                var cur = Materialize($"Ops.GetItem(ctx, {obj}, {key})");
                var val = Expr(a.Value);
                W.Line($"Ops.SetItem(ctx, {obj}, {key}, {InPlace(cur, val)});");
                break;
            }
            default:
                throw new CompileError(M.FileName, a.Line, a.Col + 1, "illegal expression for augmented assignment");
        }
    }

    private void EmitDelete(Expr target)
    {
        switch (target)
        {
            case Name n: DeleteName(n.Id); break;
            case Attribute at: W.Line($"Ops.DelAttr(ctx, {Expr(at.Value)}, {CodeWriter.Literal(Mangle(at.Attr))});"); break;
            case Subscript sub:
            {
                var obj = Expr(sub.Value);
                W.Line($"Ops.DelItem(ctx, {obj}, {SubscriptKey(sub.Slice)});");
                break;
            }
            case TupleExpr or ListExpr:
                foreach (var e in Elements(target)) EmitDelete(e);
                break;
            default:
                throw new CompileError(M.FileName, target.Line, target.Col + 1, "cannot delete expression");
        }
    }

    /// <summary>Evaluates into a temporary unless the expression is already a plain temp or local.</summary>
    private string Materialize(string code)
    {
        if (IsSimpleOperand(code)) return code;
        var t = Temp();
        W.Line($"{t} = {code};");
        return t;
    }

    /// <summary>Temporaries, pooled constants and singletons: values no later code can change.</summary>
    private static bool IsSimpleOperand(string code) =>
        code is "PyNone.Instance" or "PyBool.True" or "PyBool.False" or "PySingleton.Ellipsis"
        || (code.Length > 1 && "tSIFCB".Contains(code[0]) && code.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
        || (code.StartsWith("PyInt.Get(", StringComparison.Ordinal) && code.EndsWith(')') && !code.Contains("ctx"));
}
