using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    /// <summary>
    /// `with a as x, b as y:` is nested withs. Each is a finally region whose exit calls
    /// `__exit__` — with the exception when the body raised (and a true result suppresses it),
    /// with three Nones otherwise.
    /// </summary>
    private void EmitWith(With w, int index)
    {
        if (w.IsAsync) throw Unsupported("'async with'", w);
        var item = w.Items[index];
        LineOf(item.ContextExpr);
        var mgr = NewLocal("mgr");
        var exit = NewLocal("exit");
        W.Line($"{mgr} = {Expr(item.ContextExpr)};");
        var entered = Temp();
        W.Line($"{entered} = Ops.WithEnter(ctx, {mgr}, out {exit});");
        if (item.OptionalVars != null) AssignTo(item.OptionalVars, entered);
        EmitFinally(
            () =>
            {
                if (index + 1 < w.Items.Count) EmitWith(w, index + 1);
                else EmitStatements(w.Body);
            },
            () => { },
            (state, pending) =>
            {
                var done = NewLabel("with_done");
                W.Line($"if ({state} != 1) goto {done};");
                W.Line("ctx.Depth = __depth;");
                W.Line($"if (!Ops.WithExitOnError(ctx, {exit}, {pending})) throw Exceptions.ContinueAny({pending});");
                // Suppressed: carry on after the with statement.
                W.Line($"{state} = 0;");
                var after = NewLabel("with_after");
                W.Line($"goto {after};");
                W.Label(done);
                W.Line($"Ops.WithExit(ctx, {exit});");
                W.Label(after);
            });
    }
}
