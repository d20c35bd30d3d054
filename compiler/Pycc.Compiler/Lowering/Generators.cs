using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    private string EmitYield(Yield y)
    {
        var value = y.Value == null ? "PyNone.Instance" : Materialize(Expr(y.Value));
        return EmitSuspend(value);
    }

    /// <summary>
    /// A resume point: save every local into the frame, record where to continue, and
    /// return the yielded value. Resuming jumps back to the label below it, where the
    /// value sent in (or the exception thrown in) arrives. Returns a temp with the sent value.
    /// </summary>
    private string EmitSuspend(string value)
    {
        EmitResumePoint(value);
        var sent = Temp();
        W.Line($"{sent} = frame.Receive();");
        return sent;
    }

    /// <summary>Records where to continue and returns the value; resuming continues after it.</summary>
    private void EmitResumePoint(string value)
    {
        var (label, id) = NewResumePoint();
        W.Line($"frame.Handled = {(_handlerDepth > 0 ? "ctx.Handled" : "null")};");
        W.Line($"frame.ResumeAt = {id};");
        W.Line($"return {value};");
        W.Label(label);
        W.Line("__resume = 0;");
    }

    /// <summary>`yield from it`: delegate send/throw/close to the sub-iterator until it returns.</summary>
    private string EmitYieldFrom(YieldFrom y)
    {
        var it = NewLocal("yf");
        var result = NewLocal("yfresult");
        var loop = NewLabel("yieldfrom");
        var done = NewLabel("yieldfrom_done");
        // Each value passes through __yv, a C# local of the body, not a field of the frame: it is
        // returned at once, so only the sub-iterator's final result needs to outlive a suspension.
        W.Line($"{it} = Generators.YieldFromIter(ctx, {Expr(y.Value)});");
        W.Line($"if (!Generators.YieldFromStep(ctx, {it}, null, null, out __yv)) goto {done};");
        W.Label(loop);
        EmitResumePoint("__yv");
        // What the caller sends or throws in is taken from the frame and passed straight on.
        W.Line($"if (Generators.YieldFromResume(ctx, {it}, frame, out __yv)) goto {loop};");
        W.Label(done);
        W.Line($"{result} = __yv;");
        return result;
    }
}
