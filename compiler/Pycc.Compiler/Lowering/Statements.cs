using Pycc.Compiler.Symbols;
using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    private void EmitStatements(List<Stmt> body)
    {
        foreach (var s in body) EmitStatement(s);
    }

    private void EmitStatement(Stmt s)
    {
        int tempMark = _tempsInUse.Count;
        bool wasSpill = _spill;
        _spill = Resumable && ContainsResumePoint(s);
        LineOf(s);
        switch (s)
        {
            case ExprStmt e:
                EmitExprStatement(e.Value);
                break;
            case Assign a: EmitAssign(a); break;
            case AugAssign aa: EmitAugAssign(aa); break;
            case AnnAssign ann: EmitAnnAssign(ann); break;
            case Return r:
                W.Line($"__ret = {(r.Value == null ? "PyNone.Instance" : Expr(r.Value))};");
                EmitJump(JumpKind.Return, _blocks.Count - 1);
                break;
            case Pass: break;
            case Break: EmitJump(JumpKind.Break, _blocks.Count - 1); break;
            case Continue: EmitJump(JumpKind.Continue, _blocks.Count - 1); break;
            case If i: EmitIf(i); break;
            case While w: EmitWhile(w); break;
            case For f: EmitFor(f); break;
            case Try t: EmitTry(t); break;
            case With w: EmitWith(w, 0); break;
            case Raise r: EmitRaise(r); break;
            case Assert a: EmitAssert(a); break;
            case Delete d: foreach (var t in d.Targets) EmitDelete(t); break;
            case Global or Nonlocal: break;
            case FunctionDef f: EmitFunctionDef(f); break;
            case ClassDef c: EmitClassDef(c); break;
            case Import imp: EmitImport(imp); break;
            case ImportFrom imf: EmitImportFrom(imf); break;
            case Match m: EmitMatch(m); break;
            default: throw Unsupported(s.GetType().Name, s);
        }
        _spill = wasSpill;
        // Temporaries of this statement are free again.
        for (int i = _tempsInUse.Count - 1; i >= tempMark; i--) _freeTemps.Push(_tempsInUse[i]);
        _tempsInUse.RemoveRange(tempMark, _tempsInUse.Count - tempMark);
    }

    private void EmitExprStatement(Expr e)
    {
        // Docstring-like constants have no effect.
        if (e is Constant) return;
        var code = Expr(e);
        if (code.StartsWith('t') && int.TryParse(code.AsSpan(1), out _)) return;
        W.Line($"_ = {code};");
    }

    private void EmitIf(If i)
    {
        var elseLabel = NewLabel("else");
        var endLabel = NewLabel("endif");
        W.Line($"if (!{Cond(i.Test)}) goto {(i.OrElse.Count > 0 ? elseLabel : endLabel)};");
        EmitStatements(i.Body);
        if (i.OrElse.Count > 0)
        {
            W.Line($"goto {endLabel};");
            W.Label(elseLabel);
            EmitStatements(i.OrElse);
        }
        W.Label(endLabel);
    }

    private void EmitAssert(Assert a)
    {
        if (M.Options.Optimize) return;
        var ok = NewLabel("assert_ok");
        W.Line($"if ({Cond(a.Test)}) goto {ok};");
        W.Line(a.Msg == null ? "throw Exceptions.AssertionFailed(ctx, null);" : $"throw Exceptions.AssertionFailed(ctx, {Expr(a.Msg)});");
        W.Label(ok);
    }

    private void EmitRaise(Raise r)
    {
        if (r.Exc == null)
        {
            W.Line("throw Exceptions.Reraise(ctx);");
            return;
        }
        var exc = Expr(r.Exc);
        var cause = r.Cause == null ? "null" : Expr(r.Cause);
        W.Line($"throw Exceptions.Raise(ctx, {exc}, {cause});");
    }

    private void EmitAnnAssign(AnnAssign a)
    {
        if (a.Value != null)
        {
            var v = Expr(a.Value);
            AssignTo(a.Target, v);
        }
        // Module and class bodies record simple annotations in __annotations__.
        if (a.Simple && a.Target is Name n && S.Kind is ScopeKind.Module or ScopeKind.Class)
        {
            var ann = Expr(a.Annotation);
            var dict = S.Kind == ScopeKind.Module
                ? $"{GlobalRef("__annotations__")}.Value!"
                : "Ops.ClassAnnotations(ctx, l__ns)";
            W.Line($"Ops.SetItem(ctx, {dict}, {M.Str(Mangle(n.Id))}, {ann});");
        }
        else if (S.Kind is ScopeKind.Module or ScopeKind.Class && a.Target is not Name)
        {
            W.Line($"_ = {Expr(a.Annotation)};");
        }
    }

    /// <summary>Does the statement itself (not nested scopes or nested statements) contain a yield?</summary>
    private static bool ContainsResumePoint(Stmt s)
    {
        foreach (var child in s.Children())
        {
            if (child is not Stmt && HasYield(child)) return true;
        }
        return false;
    }

    private static bool HasYield(Node n)
    {
        if (n is Yield or YieldFrom or Await) return true;
        // Nested scopes suspend on their own; only a comprehension's first iterable runs here.
        if (n is Lambda) return false;
        if (n is Syntax.Comprehension c) return HasYield(c.Generators[0].Iter);
        if (n is Stmt) return false;
        foreach (var c2 in n.Children()) if (HasYield(c2)) return true;
        return false;
    }
}
