using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    private void EmitWhile(While w)
    {
        var top = NewLabel("while");
        var cont = NewLabel("while_next");
        var orElse = NewLabel("while_else");
        var end = NewLabel("while_end");
        W.Label(top);
        W.Line($"if (!{Cond(w.Test)}) goto {orElse};");
        _blocks.Add(new LoopBlock { Break = end, Continue = cont });
        EmitStatements(w.Body);
        _blocks.RemoveAt(_blocks.Count - 1);
        W.Label(cont);
        LineOf(w);   // an interrupt at the back-edge is reported at the loop header, as in CPython
        Safepoint();
        W.Line($"goto {top};");
        W.Label(orElse);
        EmitStatements(w.OrElse);
        W.Label(end);
    }

    private void EmitFor(For f)
    {
        if (f.IsAsync) throw Unsupported("'async for'", f);
        var top = NewLabel("for");
        var cont = NewLabel("for_next");
        var orElse = NewLabel("for_else");
        var end = NewLabel("for_end");
        var item = NewLocal("item");

        if (IsBuiltinRangeCall(f.Iter, out var rangeArgs))
        {
            // for i in range(...): a 64-bit counter when `range` is still the built-in.
            var it = NewLocal("range", "RangeLoop");
            var args = rangeArgs.Select(Expr).ToList();
            W.Line($"{it} = RangeLoop.Start(ctx, {LoadName("range")}, new PyObject[] {{ {string.Join(", ", args)} }});");
            W.Label(top);
            W.Line($"if (!{it}.Next(ctx, out {item})) goto {orElse};");
        }
        else
        {
            var it = NewLocal("iter");
            W.Line($"{it} = {Expr(f.Iter)}.GetIter(ctx);");
            W.Label(top);
            W.Line($"if (({item} = {it}.IterNext(ctx)) == null) goto {orElse};");
        }
        LineOf(f.Target);
        AssignTo(f.Target, item);
        _blocks.Add(new LoopBlock { Break = end, Continue = cont });
        EmitStatements(f.Body);
        _blocks.RemoveAt(_blocks.Count - 1);
        W.Label(cont);
        LineOf(f);
        Safepoint();
        W.Line($"goto {top};");
        W.Label(orElse);
        EmitStatements(f.OrElse);
        W.Label(end);
    }

    private bool IsBuiltinRangeCall(Expr e, out List<Expr> args)
    {
        args = new List<Expr>();
        if (e is Call { Func: Name { Id: "range" } } c && c.Keywords.Count == 0 && c.Args.Count is >= 1 and <= 3
            && !c.Args.Any(a => a is Starred) && KindOf("range") is Symbols.NameKind.GlobalImplicit or Symbols.NameKind.GlobalExplicit)
        {
            args = c.Args;
            return true;
        }
        return false;
    }
}
