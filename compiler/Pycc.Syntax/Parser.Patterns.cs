namespace Pycc.Syntax;

// The match statement (PEP 634). `match`, `case` and `_` are soft keywords: `match` starts
// a statement only when a subject and ':' follow it.
internal sealed partial class Parser
{
    private bool AtMatchStatementStart()
    {
        var next = Peek(1).Kind;
        return StartsExpression(next) || next == TokenKind.Star;
    }

    /// <summary>A match statement if `match subject:` and a newline follow; otherwise
    /// null, and the statement is an ordinary one that starts with the name match.</summary>
    private Stmt? TryParseMatch()
    {
        if (!AtMatchStatementStart()) return null;
        int save = _p;
        var (el, ec) = (_endLine, _endCol);
        ref readonly Token m = ref Advance();
        var subject = Attempt(ParseSubject);
        if (subject == null || !At(TokenKind.Colon) || Peek(1).Kind != TokenKind.Newline)
        {
            _p = save;
            (_endLine, _endCol) = (el, ec);
            return null;
        }
        Advance();
        var s = new Match { Subject = subject };
        Advance();
        if (!At(TokenKind.Indent))
            throw ErrorAtFurthest($"expected an indented block after 'match' statement on line {m.Line}", "IndentationError");
        Advance();
        Enter();
        while (!At(TokenKind.Dedent))
        {
            if (!AtSoftKeyword("case")) throw InvalidSyntax();
            s.Cases.Add(ParseCase());
        }
        Advance();
        Leave();
        Finish(s, m);
        return EndAt(s);
    }

    /// <summary>When a statement starting with `match` fails, CPython's second pass has
    /// first tried it as a match statement with its diagnostics on: errors in the subject,
    /// or "expected ':'" when a newline follows it.</summary>
    private void MatchDiagnostics(int matchIndex)
    {
        int save = _p;
        _p = matchIndex + 1;
        _probing++;
        try
        {
            try
            {
                ParseSubject();
            }
            catch (PythonSyntaxError e) when (IsFailure(e))
            {
                return;
            }
            if (At(TokenKind.Newline)) throw ErrorAtFurthest("expected ':'");
        }
        finally
        {
            _probing--;
            _p = save;
        }
    }

    private Expr ParseSubject()
    {
        var start = Here;
        var first = ParseStarNamedExpression();
        if (!At(TokenKind.Comma))
        {
            if (first is Starred) throw InvalidSyntax();
            return first;
        }
        var t = new TupleExpr();
        t.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.Colon)) break;
            t.Elts.Add(ParseStarNamedExpression());
        }
        return Finish(t, start);
    }

    private MatchCase ParseCase()
    {
        ref readonly Token c = ref Advance();
        var mc = new MatchCase { Pattern = ParsePatterns() };
        if (Accept(TokenKind.If)) mc.Guard = ParseNamedExpression();
        mc.Body = ParseBlock("'case' statement", c.Line);
        Finish(mc, c);
        return EndAt(mc);
    }

    /// <summary>patterns: an open sequence (`case a, *b:`) or one pattern.</summary>
    private Pattern ParsePatterns()
    {
        var start = Here;
        var first = ParseMaybeStarPattern();
        if (!At(TokenKind.Comma))
        {
            if (first is MatchStar) throw InvalidSyntax();
            return first;
        }
        var seq = new MatchSequence();
        seq.Patterns.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.Colon) || At(TokenKind.If)) break;
            seq.Patterns.Add(ParseMaybeStarPattern());
        }
        return Finish(seq, start);
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (!At(TokenKind.Star)) return ParsePattern();
        ref readonly Token star = ref Advance();
        ref readonly Token name = ref Expect(TokenKind.Name);
        return Finish(new MatchStar { Name = name.Text == "_" ? null : name.Text }, star);
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private Pattern ParsePattern()
    {
        Enter();
        var start = Here;
        var p = ParseOrPattern();
        if (At(TokenKind.As))
        {
            Advance();
            if (AtSoftKeyword("_")) throw ErrorAt(Peek(), "cannot use '_' as a target");
            if (At(TokenKind.Name))
            {
                if (Peek(1).Kind is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal)
                {
                    Advance();
                    throw InvalidSyntax();
                }
            }
            else
            {
                var bad = Probe(ParseExpression);
                if (bad != null) throw ErrorAt(bad, "invalid pattern target");
                throw InvalidSyntax();
            }
            ref readonly Token name = ref Advance();
            p = Finish(new MatchAs { Pattern = p, Name = name.Text }, start);
        }
        Leave();
        return p;
    }

    private Pattern ParseOrPattern()
    {
        var start = Here;
        var first = ParseClosedPattern();
        if (!At(TokenKind.VBar)) return first;
        var or = new MatchOr();
        or.Patterns.Add(first);
        while (Accept(TokenKind.VBar)) or.Patterns.Add(ParseClosedPattern());
        return Finish(or, start);
    }

    private Pattern ParseClosedPattern()
    {
        ref readonly Token t = ref Peek();
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
            case TokenKind.String:
            {
                var v = ParseLiteralExpression();
                return Finish(new MatchValue { Value = v }, v);
            }
            case TokenKind.None:
            case TokenKind.True:
            case TokenKind.False:
                Advance();
                return Finish(new MatchSingleton { Value = t.Kind == TokenKind.None ? ConstantKind.None : t.Kind == TokenKind.True ? ConstantKind.True : ConstantKind.False }, t);
            case TokenKind.Name:
            {
                // `_` is always the wildcard, even before '.' or '(' (as in CPython).
                if (t.Text == "_")
                {
                    Advance();
                    return Finish(new MatchAs(), t);
                }
                var nameOrAttr = ParseNameOrAttr();
                if (At(TokenKind.LPar)) return ParseClassPattern(nameOrAttr);
                if (nameOrAttr is Attribute) return Finish(new MatchValue { Value = nameOrAttr }, nameOrAttr);
                if (At(TokenKind.Equal)) throw InvalidSyntax();
                return Finish(new MatchAs { Name = ((Name)nameOrAttr).Id }, nameOrAttr);
            }
            case TokenKind.LPar:
            {
                Advance();
                if (Accept(TokenKind.RPar)) return Finish(new MatchSequence(), t);
                var first = ParseMaybeStarPattern();
                if (At(TokenKind.RPar) && first is not MatchStar)
                {
                    Advance();
                    return first;
                }
                var seq = new MatchSequence();
                seq.Patterns.Add(first);
                if (!At(TokenKind.Comma)) throw InvalidSyntax();
                while (Accept(TokenKind.Comma))
                {
                    if (At(TokenKind.RPar)) break;
                    seq.Patterns.Add(ParseMaybeStarPattern());
                }
                Expect(TokenKind.RPar);
                return Finish(seq, t);
            }
            case TokenKind.LSqb:
            {
                Advance();
                var seq = new MatchSequence();
                while (!At(TokenKind.RSqb))
                {
                    seq.Patterns.Add(ParseMaybeStarPattern());
                    if (!Accept(TokenKind.Comma)) break;
                }
                Expect(TokenKind.RSqb);
                return Finish(seq, t);
            }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>A literal in a pattern: a signed number, a complex literal `a + bj`, or
    /// strings (no f-strings).</summary>
    private Expr ParseLiteralExpression()
    {
        ref readonly Token t = ref Peek();
        if (t.Kind == TokenKind.String)
        {
            var s = ParseStrings();
            if (s is JoinedStr) throw ErrorAt(s, "patterns may only match literals and attribute lookups");
            return s;
        }
        if (t.Kind is TokenKind.None or TokenKind.True or TokenKind.False) return ParseAtom();
        var real = ParseSignedNumber();
        if (Kind is not (TokenKind.Plus or TokenKind.Minus)) return real;
        var op = Advance().Kind == TokenKind.Plus ? Operator.Add : Operator.Sub;
        if (!At(TokenKind.Number)) throw InvalidSyntax();
        ref readonly Token nt = ref Advance();
        var imag = Finish(NumberConstant(nt), nt);
        var realConst = real is UnaryOp u ? (Constant)u.Operand : (Constant)real;
        if (realConst.Kind == ConstantKind.Complex) throw ErrorAt(real, "real number required in complex literal");
        if (imag.Kind != ConstantKind.Complex) throw ErrorAt(imag, "imaginary number required in complex literal");
        return Span(new BinOp { Left = real, Op = op, Right = imag }, real, imag);
    }

    private Expr ParseSignedNumber()
    {
        ref readonly Token t = ref Peek();
        if (t.Kind == TokenKind.Minus)
        {
            Advance();
            if (!At(TokenKind.Number)) throw InvalidSyntax();
            ref readonly Token n = ref Advance();
            var c = Finish(NumberConstant(n), n);
            return Finish(new UnaryOp { Op = UnaryOperator.USub, Operand = c }, t);
        }
        if (t.Kind != TokenKind.Number) throw InvalidSyntax();
        Advance();
        return Finish(NumberConstant(t), t);
    }

    private Expr ParseNameOrAttr()
    {
        ref readonly Token t = ref Expect(TokenKind.Name);
        Expr e = Finish(new Name { Id = t.Text!, Ctx = ExprContext.Load }, t);
        while (Accept(TokenKind.Dot))
        {
            ref readonly Token n = ref Expect(TokenKind.Name);
            e = Finish(new Attribute { Value = e, Attr = n.Text!, Ctx = ExprContext.Load }, e);
        }
        return e;
    }

    private Pattern ParseClassPattern(Expr cls)
    {
        Advance();
        var c = new MatchClass { Cls = cls };
        Pattern? firstLatePositional = null, lastLatePositional = null;
        while (!At(TokenKind.RPar))
        {
            if (At(TokenKind.Name) && Peek(1).Kind == TokenKind.Equal)
            {
                c.KwdAttrs.Add(Advance().Text!);
                Advance();
                c.KwdPatterns.Add(ParsePattern());
            }
            else
            {
                var p = ParsePattern();
                if (c.KwdAttrs.Count > 0)
                {
                    firstLatePositional ??= p;
                    lastLatePositional = p;
                }
                c.Patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        if (firstLatePositional != null)
            throw ErrorRange(firstLatePositional, lastLatePositional!, "positional patterns follow keyword patterns");
        Expect(TokenKind.RPar);
        return Finish(c, cls);
    }

    private Pattern ParseMappingPattern()
    {
        ref readonly Token open = ref Advance();
        var m = new MatchMapping();
        while (!At(TokenKind.RBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                if (AtSoftKeyword("_")) throw InvalidSyntax();
                m.Rest = Expect(TokenKind.Name).Text;
                Accept(TokenKind.Comma);
                break;
            }
            Expr key = At(TokenKind.Name) ? ParseNameOrAttr() : ParseLiteralExpression();
            if (key is Name) throw InvalidSyntax();
            ExpectColonInPattern();
            m.Keys.Add(key);
            m.Patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Finish(m, open);
    }

    private void ExpectColonInPattern()
    {
        if (!At(TokenKind.Colon)) throw InvalidSyntax();
        Advance();
    }
}
