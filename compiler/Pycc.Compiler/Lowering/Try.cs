using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    private void EmitTry(Try t)
    {
        Action tryExcept = t.IsStar ? () => EmitTryExceptStar(t) : () => EmitTryExcept(t);
        if (t.FinalBody.Count > 0)
            EmitFinally(tryExcept, () => EmitStatements(t.FinalBody));
        else
            tryExcept();
    }

    /// <summary>
    /// try/except/else. The C# try only records the exception; the handlers run after it,
    /// at method level, so a handler may suspend (yield) and be resumed.
    /// </summary>
    private void EmitTryExcept(Try t)
    {
        if (t.Handlers.Count == 0)
        {
            EmitStatements(t.Body);
            EmitStatements(t.OrElse);
            return;
        }
        var exc = NewLocal("exc", "PyBaseException");
        var orElse = NewLabel("try_else");
        var end = NewLabel("try_end");
        var (saved, caught) = EmitCatchingRegion(t.Body, orElse);
        W.Line($"{exc} = {caught}.Value;");
        W.Line($"ctx.Handled = {exc};");
        foreach (var h in t.Handlers)
        {
            var next = NewLabel("except_next");
            if (h.Type != null)
            {
                LineOf(h.Type);
                W.Line($"if (!Exceptions.Matches(ctx, {exc}, {Expr(h.Type)})) goto {next};");
            }
            LineOf(h);
            if (h.Name != null) StoreName(h.Name, exc);
            _blocks.Add(new HandlerBlock { Saved = saved, BoundName = h.Name });
            _handlerDepth++;
            EmitStatements(h.Body);
            _handlerDepth--;
            _blocks.RemoveAt(_blocks.Count - 1);
            W.Line($"ctx.Handled = {saved};");
            if (h.Name != null) EmitUnbindExceptName(h.Name);
            W.Line($"{caught} = null;");
            W.Line($"goto {end};");
            W.Label(next);
        }
        // No handler matched: the exception continues outward.
        W.Line($"ctx.Handled = {saved};");
        W.Line($"throw Exceptions.Continue({caught});");
        W.Label(orElse);
        EmitStatements(t.OrElse);
        W.Label(end);
    }

    /// <summary>
    /// try/except* (PEP 654): each clause handles the part of the exception group its type
    /// matches; what the handlers raise and what no clause matched are raised together after.
    /// </summary>
    private void EmitTryExceptStar(Try t)
    {
        var state = NewLocal("star", "ExceptStar");
        var match = NewLocal("match", "PyBaseException");
        var orElse = NewLabel("try_else");
        var end = NewLabel("try_end");
        var (saved, caught) = EmitCatchingRegion(t.Body, orElse);
        W.Line($"{state} = new ExceptStar(ctx, {caught});");
        foreach (var h in t.Handlers)
        {
            var next = NewLabel("except_next");
            LineOf(h.Type ?? (Node)h);
            W.Line($"if (({match} = {state}.Match(ctx, {Expr(h.Type!)})) == null) goto {next};");
            W.Line($"ctx.Handled = {match};");
            if (h.Name != null) StoreName(h.Name, match);
            _handlerDepth++;
            EmitRegion(() => EmitStatements(h.Body),
                Indent(W.Indentation) + $"catch (Exception __e) when (Exceptions.IsCatchable(__e)) {{ {state}.HandlerRaised(__e); }}\n");
            _handlerDepth--;
            W.Line($"ctx.Handled = {saved};");
            if (h.Name != null) EmitUnbindExceptName(h.Name);
            W.Label(next);
        }
        W.Line($"ctx.Handled = {saved};");
        W.Line($"{caught} = null;");
        W.Line($"{state}.Finish(ctx);");
        W.Line($"goto {end};");
        W.Label(orElse);
        EmitStatements(t.OrElse);
        W.Label(end);
    }

    /// <summary>
    /// The protected body of try/except: records the exception being handled before it, runs
    /// the body catching what Python may catch, and jumps to <paramref name="noException"/> when
    /// nothing was raised. Falls through with the call depth restored otherwise.
    /// </summary>
    private (string saved, string caught) EmitCatchingRegion(List<Stmt> body, string noException)
    {
        var saved = NewLocal("handled", "PyBaseException");
        var caught = NewLocal("caught", "PyException");
        W.Line($"{saved} = ctx.Handled;");
        W.Line($"{caught} = null;");
        EmitRegion(() => EmitStatements(body),
            Indent(W.Indentation) + $"catch (Exception __e) when (Exceptions.IsCatchable(__e)) {{ {caught} = Exceptions.FromClr(__e); }}\n");
        W.Line($"if ({caught} == null) goto {noException};");
        W.Line("ctx.Depth = __depth;");
        return (saved, caught);
    }

    /// <summary>`except E as e`: e is deleted when the handler ends, as in CPython.</summary>
    private void EmitUnbindExceptName(string name)
    {
        switch (KindOf(Mangle(name)))
        {
            case Symbols.NameKind.Local: W.Line($"{VarName(Mangle(name))} = null;"); break;
            case Symbols.NameKind.Cell or Symbols.NameKind.Free when S.Kind != Symbols.ScopeKind.Class:
                W.Line($"{CellName(Mangle(name))}.Value = null;");
                break;
            case Symbols.NameKind.ClassLocal: W.Line($"Ops.ClassDeleteNameIfPresent(ctx, l__ns, {M.Str(Mangle(name))});"); break;
            default: W.Line($"{GlobalRef(Mangle(name))}.Value = null;"); break;
        }
    }

    /// <summary>
    /// A protected body followed by code that must run however the body ends: normally,
    /// by an exception (saved, re-raised after), or by break/continue/return (routed
    /// through <see cref="FinallyBlock"/> and continued after).
    /// </summary>
    private void EmitFinally(Action body, Action finalBody, Action<string, string>? onException = null)
    {
        var state = NewLocal("fin", "int");
        var pending = NewLocal("pending", "Exception");
        var handled = NewLocal("handled", "PyBaseException");
        var label = NewLabel("finally");
        W.Line($"{state} = 0;");
        W.Line($"{pending} = null;");
        var fb = new FinallyBlock { Label = label, State = state };
        int index = _blocks.Count;
        _blocks.Add(fb);
        EmitRegion(body, Indent(W.Indentation) + $"catch (Exception __e) {{ {pending} = __e; {state} = 1; }}\n");
        _blocks.RemoveAt(index);
        W.Label(label);
        if (onException != null)
        {
            onException(state, pending);
        }
        else
        {
            // While the finally body runs with an exception pending, that exception is the
            // context of anything the body raises.
            W.Line($"{handled} = ctx.Handled;");
            W.Line($"if ({pending} is PyException) {{ ctx.Depth = __depth; ctx.Handled = ((PyException){pending}).Value; }}");
            finalBody();
            W.Line($"ctx.Handled = {handled};");
            W.Line($"if ({state} == 1) throw Exceptions.ContinueAny({pending});");
        }
        EmitFinallyDispatch(fb, index);
    }

    private static string Indent(int level) => new(' ', level * 4);
}
