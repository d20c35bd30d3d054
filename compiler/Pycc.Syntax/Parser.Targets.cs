namespace Pycc.Syntax;

internal enum TargetKind { Assign, For, Del }

// Assignment, for, with and del targets: they are parsed as expressions, then checked and
// given their Store or Del context.
internal sealed partial class Parser
{
    /// <summary>star_targets of `for`, comprehensions and assignments: each element is a
    /// primary (names, attributes, subscripts, parenthesized or bracketed targets), so a
    /// following `in` or operator ends it, as in CPython's grammar.</summary>
    private Expr ParseTargetList(TargetKind kind, TokenKind stop)
    {
        var start = Here;
        var first = ParseTargetElement();
        Expr result = first;
        if (At(TokenKind.Comma))
        {
            var t = new TupleExpr();
            t.Elts.Add(first);
            while (Accept(TokenKind.Comma))
            {
                if (At(stop)) break;
                t.Elts.Add(ParseTargetElement());
            }
            result = Finish(t, start);
        }
        SetTarget(result, kind);
        return result;
    }

    private Expr ParseTargetElement()
    {
        if (!At(TokenKind.Star)) return ParsePrimary();
        ref readonly Token star = ref Advance();
        var s = new Starred { Value = ParseTargetElementAfterStar() };
        return Finish(s, star);
    }

    private Expr ParseTargetElementAfterStar()
    {
        // star_target: '*' (!'*' star_target)
        if (At(TokenKind.Star)) throw InvalidSyntax();
        return ParseTargetElement();
    }

    /// <summary>Checks that `e` can be assigned to (or deleted) and sets the contexts;
    /// raises "cannot assign to X" for the first part that cannot.</summary>
    private void SetTarget(Expr e, TargetKind kind)
    {
        var bad = InvalidTarget(e, kind);
        if (bad != null)
        {
            string verb = kind == TargetKind.Del ? "delete" : "assign to";
            throw ErrorAt(bad, $"cannot {verb} {ExprName(bad)}");
        }
        SetContext(e, kind == TargetKind.Del ? ExprContext.Del : ExprContext.Store);
    }

    /// <summary>The first part of a target that cannot be one, as CPython's
    /// _PyPegen_get_invalid_target; null when the target is valid.</summary>
    private static Expr? InvalidTarget(Expr e, TargetKind kind)
    {
        while (true)
        {
            switch (e)
            {
                case ListExpr l:
                    foreach (var x in l.Elts)
                        if (InvalidTarget(x, kind) is { } b) return b;
                    return null;
                case TupleExpr t:
                    foreach (var x in t.Elts)
                        if (InvalidTarget(x, kind) is { } b) return b;
                    return null;
                case Starred s:
                    if (kind == TargetKind.Del) return e;
                    e = s.Value;
                    continue;
                case Compare c:
                    // `for x in y` read as a comparison: the target is the left side.
                    // Other comparisons of a for target are not named (CPython).
                    if (kind != TargetKind.For) return e;
                    if (c.Ops[0] != CmpOperator.In) return null;
                    e = c.Left;
                    continue;
                case Name or Subscript or Attribute:
                    return null;
                default:
                    return e;
            }
        }
    }

    private static void SetContext(Expr e, ExprContext ctx)
    {
        while (true)
        {
            switch (e)
            {
                case Name n: n.Ctx = ctx; return;
                case Attribute a: a.Ctx = ctx; return;
                case Subscript s: s.Ctx = ctx; return;
                case Starred st:
                    st.Ctx = ctx;
                    e = st.Value;
                    continue;
                case ListExpr l:
                    l.Ctx = ctx;
                    foreach (var x in l.Elts) SetContext(x, ctx);
                    return;
                case TupleExpr t:
                    t.Ctx = ctx;
                    foreach (var x in t.Elts) SetContext(x, ctx);
                    return;
                default:
                    return;
            }
        }
    }

    /// <summary>The leftmost atom of an expression, which decides some of CPython's
    /// lookahead-based rules.</summary>
    private Expr LeftmostAtom(Expr e)
    {
        while (!_parenthesized.Contains(e))
        {
            switch (e)
            {
                case Attribute a: e = a.Value; continue;
                case Subscript s: e = s.Value; continue;
                case Call c: e = c.Func; continue;
                case BinOp b: e = b.Left; continue;
                case Compare c: e = c.Left; continue;
                case BoolOp b: e = b.Values[0]; continue;
                case IfExp i: e = i.Body; continue;
                default: return e;
            }
        }
        return e;
    }
}
