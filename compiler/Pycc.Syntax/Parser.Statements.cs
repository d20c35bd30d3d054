namespace Pycc.Syntax;

internal sealed partial class Parser
{
    private void ParseStatement(List<Stmt> body)
    {
        switch (Kind)
        {
            case TokenKind.Def:
                body.Add(ParseFunctionDef(new List<Expr>(), Peek()));
                return;
            case TokenKind.Class:
                body.Add(ParseClassDef(new List<Expr>()));
                return;
            case TokenKind.At:
                body.Add(ParseDecorated());
                return;
            case TokenKind.If:
                body.Add(ParseIf());
                return;
            case TokenKind.While:
                body.Add(ParseWhile());
                return;
            case TokenKind.For:
                body.Add(ParseFor(Peek()));
                return;
            case TokenKind.With:
                body.Add(ParseWith(Peek()));
                return;
            case TokenKind.Try:
                body.Add(ParseTry());
                return;
            case TokenKind.Async:
            {
                ref readonly Token start = ref Peek();
                switch (Peek(1).Kind)
                {
                    case TokenKind.Def: body.Add(ParseFunctionDef(new List<Expr>(), start)); return;
                    case TokenKind.For: body.Add(ParseFor(start)); return;
                    case TokenKind.With: body.Add(ParseWith(start)); return;
                }
                Advance();
                throw InvalidSyntax();
            }
            case TokenKind.Name when Peek().Text == "match":
            {
                int matchIndex = _p;
                if (TryParseMatch() is { } m)
                {
                    body.Add(m);
                    return;
                }
                if (_noInvalid || !AtMatchStatementStart()) break;
                try
                {
                    ParseSimpleStatements(body);
                }
                catch (PythonSyntaxError e) when (!e.Fatal && !ReferenceEquals(e, _toks[^1].Error))
                {
                    MatchDiagnostics(matchIndex);
                    throw;
                }
                return;
            }
            case TokenKind.Indent:
            case TokenKind.Dedent:
                throw InvalidSyntax();
        }
        ParseSimpleStatements(body);
    }

    // ------------------------------------------------------------------ simple statements

    private void ParseSimpleStatements(List<Stmt> body)
    {
        while (true)
        {
            body.Add(ParseSimpleStatement());
            if (!Accept(TokenKind.Semi)) break;
            if (At(TokenKind.Newline)) break;
        }
        if (!At(TokenKind.Newline)) throw InvalidSyntax();
        Advance();
    }

    private Stmt ParseSimpleStatement()
    {
        ref readonly Token t = ref Peek();
        switch (t.Kind)
        {
            case TokenKind.Pass:
                Advance();
                return Finish(new Pass(), t);
            case TokenKind.Break:
                Advance();
                return Finish(new Break(), t);
            case TokenKind.Continue:
                Advance();
                return Finish(new Continue(), t);
            case TokenKind.Return:
            {
                Advance();
                var r = new Return();
                if (StartsExpression(Kind) || At(TokenKind.Star)) r.Value = ParseStarExpressions();
                return Finish(r, t);
            }
            case TokenKind.Raise:
            {
                Advance();
                var r = new Raise();
                if (StartsExpression(Kind))
                {
                    r.Exc = ParseExpression();
                    if (Accept(TokenKind.From)) r.Cause = ParseExpression();
                }
                return Finish(r, t);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                Advance();
                var names = new List<string>();
                do names.Add(Expect(TokenKind.Name).Text!); while (Accept(TokenKind.Comma));
                return t.Kind == TokenKind.Global
                    ? Finish(new Global { Names = names }, t)
                    : Finish(new Nonlocal { Names = names }, t);
            }
            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
            {
                Advance();
                var a = new Assert { Test = ParseExpression() };
                if (Accept(TokenKind.Comma)) a.Msg = ParseExpression();
                return Finish(a, t);
            }
            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseFromImport();
            default:
                return ParseExpressionStatement();
        }
    }

    /// <summary>
    /// `del` targets: what CPython's del_targets accept, followed by ';' or NEWLINE.
    /// Otherwise, as its invalid_del_stmt, the targets are read as expressions to name
    /// the first one that cannot be deleted.
    /// </summary>
    private Stmt ParseDel()
    {
        ref readonly Token t = ref Advance();
        int start = _p;
        var targets = Attempt(() =>
        {
            var list = new List<Expr>();
            do
            {
                if (!StartsExpression(Kind)) break;
                var e = ParsePrimary();
                SetTarget(e, TargetKind.Del);
                list.Add(e);
            } while (Accept(TokenKind.Comma));
            if (list.Count == 0 || !(At(TokenKind.Semi) || At(TokenKind.Newline))) throw InvalidSyntax();
            return list;
        });
        if (targets == null)
        {
            _p = start;
            if (StartsExpression(Kind) || At(TokenKind.Star))
            {
                var all = Lookahead(ParseStarExpressions);
                var parts = all is TupleExpr tuple && !_parenthesized.Contains(tuple) ? tuple.Elts : new List<Expr> { all };
                foreach (var part in parts)
                    if (InvalidTarget(part, TargetKind.Del) is { } bad) throw ErrorAt(bad, $"cannot delete {ExprName(bad)}");
            }
            throw InvalidSyntax();
        }
        var d = new Delete { Targets = targets };
        return Finish(d, t);
    }

    private static Operator? AugmentedOperator(TokenKind k) => k switch
    {
        TokenKind.PlusEqual => Operator.Add,
        TokenKind.MinEqual => Operator.Sub,
        TokenKind.StarEqual => Operator.Mult,
        TokenKind.AtEqual => Operator.MatMult,
        TokenKind.SlashEqual => Operator.Div,
        TokenKind.PercentEqual => Operator.Mod,
        TokenKind.AmperEqual => Operator.BitAnd,
        TokenKind.VBarEqual => Operator.BitOr,
        TokenKind.CircumflexEqual => Operator.BitXor,
        TokenKind.LeftShiftEqual => Operator.LShift,
        TokenKind.RightShiftEqual => Operator.RShift,
        TokenKind.DoubleStarEqual => Operator.Pow,
        TokenKind.DoubleSlashEqual => Operator.FloorDiv,
        _ => null,
    };

    private Expr ParseRightHandSide() => At(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();

    /// <summary>Expression statements and the three kinds of assignment.</summary>
    private Stmt ParseExpressionStatement()
    {
        ref readonly Token start = ref Peek();
        if (start.Kind == TokenKind.Name && Peek(1).Kind == TokenKind.Colon)
        {
            Advance();
            var name = Finish(new Name { Id = start.Text!, Ctx = ExprContext.Store }, start);
            Advance();
            return ParseAnnotation(name, simple: true, start);
        }
        if (!StartsExpression(Kind) && !At(TokenKind.Star) && !At(TokenKind.Yield)) throw InvalidSyntax();
        int startIndex = _p;
        try
        {
            var stmt = ParseAssignmentOrExpression(start);
            if (!At(TokenKind.Semi) && !At(TokenKind.Newline) && !_noInvalid) ScanTupleTargets(startIndex);
            return stmt;
        }
        catch (PythonSyntaxError e) when (IsFailure(e) && !_noInvalid)
        {
            ScanTupleTargets(startIndex);
            throw;
        }
    }

    /// <summary>
    /// When a statement has no valid `targets =` start, CPython's invalid_assignment
    /// reads it as `star_named_expression ',' star_named_expressions*` with its
    /// diagnostics on: an element written `x = value` gets "Maybe you meant '=='...",
    /// even past a missing comma (`a, b c = d`).
    /// </summary>
    private void ScanTupleTargets(int startIndex)
    {
        int save = _p;
        _p = startIndex;
        bool assignmentStart = Probe(() => ParseTargetList(TargetKind.Assign, TokenKind.Equal)) != null && At(TokenKind.Equal);
        _p = startIndex;
        if (!assignmentStart)
        {
            Lookahead(() =>
            {
                ParseStarNamedExpression();
                if (!Accept(TokenKind.Comma)) return 0;
                while (StartsExpression(Kind) || At(TokenKind.Star))
                {
                    ParseStarNamedExpression();
                    while (Accept(TokenKind.Comma) && (StartsExpression(Kind) || At(TokenKind.Star))) ParseStarNamedExpression();
                }
                return 0;
            });
        }
        _p = save;
    }

    private Stmt ParseAssignmentOrExpression(in Token start)
    {
        var first = ParseRightHandSide();
        if (At(TokenKind.Colon))
        {
            if (first is not (Name or Attribute or Subscript)) throw BadAnnotationTarget(first);
            Advance();
            return ParseAnnotation(first, simple: false, start);
        }
        if (AugmentedOperator(Kind) is { } op)
        {
            if (first is not (Name or Attribute or Subscript))
                throw ErrorAt(first, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
            Advance();
            SetContext(first, ExprContext.Store);
            var aug = new AugAssign { Target = first, Op = op, Value = ParseRightHandSide() };
            return Finish(aug, start);
        }
        if (At(TokenKind.Equal))
        {
            int firstEq = _p;
            var items = new List<Expr> { first };
            while (Accept(TokenKind.Equal))
            {
                if (!StartsExpression(Kind) && !At(TokenKind.Star) && !At(TokenKind.Yield))
                {
                    // `target =` with nothing after: CPython still names a bad target.
                    CheckAssignTargets(items, firstEq);
                    throw InvalidSyntax();
                }
                items.Add(ParseRightHandSide());
            }
            var assign = new Assign { Value = items[^1] };
            items.RemoveAt(items.Count - 1);
            CheckAssignTargets(items, firstEq);
            foreach (var target in items) SetContext(target, ExprContext.Store);
            assign.Targets = items;
            return Finish(assign, start);
        }
        return Finish(new ExprStmt { Value = first }, start);
    }

    /// <summary>The errors of CPython's invalid_assignment rule, in its order: a target
    /// that looks like a mistyped comparison first, then the first bad target.</summary>
    private void CheckAssignTargets(List<Expr> targets, int firstEq)
    {
        bool allValid = true;
        foreach (var t in targets)
            if (t is Yield or YieldFrom || InvalidTarget(t, TargetKind.Assign) != null) allValid = false;
        if (allValid) return;

        // CPython first tries the element just before the first '=' as a named expression
        // (invalid_named_expression), which suggests '==' when a single value follows.
        var head = targets[0];
        bool headTuple = head is TupleExpr ht && !_parenthesized.Contains(ht);
        Expr candidate = headTuple ? ((TupleExpr)head).Elts[^1] : head;
        bool adjacent = _toks[firstEq - 1].Kind != TokenKind.Comma;
        bool isName = candidate is Name && !_parenthesized.Contains(candidate);
        if (adjacent && candidate is not Starred
            && (isName || (IsBitwiseOrLevel(candidate) && !IsExcludedFromAssignHint(LeftmostAtom(candidate)))))
        {
            int save = _p;
            var (el, ec) = (_endLine, _endCol);
            _p = firstEq + 1;
            var rhs = Probe(ParseBitOr);
            bool fires = rhs != null && !At(TokenKind.Equal) && !At(TokenKind.ColonEqual);
            _p = save;
            (_endLine, _endCol) = (el, ec);
            if (fires && isName)
                throw ErrorRange(candidate, rhs!, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            if (fires)
                throw ErrorAt(candidate, $"cannot assign to {ExprName(candidate)} here. Maybe you meant '==' instead of '='?");
        }
        foreach (var t in targets)
        {
            if (t is Yield or YieldFrom && !_parenthesized.Contains(t)) throw ErrorAt(t, "assignment to yield expression not possible");
            if (InvalidTarget(t, TargetKind.Assign) is { } bad) throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
        }
    }

    /// <summary>CPython names the bad target of an annotation only when an annotation
    /// follows the ':'.</summary>
    private PythonSyntaxError BadAnnotationTarget(Expr target)
    {
        int save = _p;
        var (el, ec) = (_endLine, _endCol);
        Advance();
        var annotation = Probe(ParseExpression);
        _p = save;
        (_endLine, _endCol) = (el, ec);
        if (annotation == null) return InvalidSyntax();
        if (target is TupleExpr t && !_parenthesized.Contains(t))
            return ErrorAt(t.Elts[0], "only single target (not tuple) can be annotated");
        if (target is TupleExpr or ListExpr)
            return ErrorAt(target, $"only single target (not {ExprName(target)}) can be annotated");
        return ErrorAt(target, "illegal target for annotation");
    }

    private Stmt ParseAnnotation(Expr target, bool simple, in Token start)
    {
        SetContext(target, ExprContext.Store);
        var a = new AnnAssign { Target = target, Simple = simple, Annotation = ParseExpression() };
        if (Accept(TokenKind.Equal)) a.Value = ParseRightHandSide();
        return Finish(a, start);
    }

    // ------------------------------------------------------------------ imports

    private Stmt ParseImport()
    {
        ref readonly Token t = ref Advance();
        var imp = new Import();
        do imp.Names.Add(ParseDottedAlias()); while (Accept(TokenKind.Comma));
        return Finish(imp, t);
    }

    private Alias ParseDottedAlias()
    {
        ref readonly Token start = ref Peek();
        var alias = new Alias { Name = ParseDottedName() };
        if (Accept(TokenKind.As)) alias.AsName = Expect(TokenKind.Name).Text;
        return Finish(alias, start);
    }

    private string ParseDottedName()
    {
        string name = Expect(TokenKind.Name).Text!;
        if (!At(TokenKind.Dot)) return name;
        var parts = new List<string> { name };
        while (Accept(TokenKind.Dot)) parts.Add(Expect(TokenKind.Name).Text!);
        return string.Join('.', parts);
    }

    private Stmt ParseFromImport()
    {
        ref readonly Token t = ref Advance();
        var imp = new ImportFrom();
        while (true)
        {
            if (Accept(TokenKind.Dot)) imp.Level++;
            else if (Accept(TokenKind.Ellipsis)) imp.Level += 3;
            else break;
        }
        if (imp.Level == 0 || !At(TokenKind.Import)) imp.ModuleName = ParseDottedName();
        Expect(TokenKind.Import);
        if (At(TokenKind.Star))
        {
            ref readonly Token star = ref Advance();
            imp.Names.Add(Finish(new Alias { Name = "*" }, star));
        }
        else if (Accept(TokenKind.LPar))
        {
            do
            {
                if (At(TokenKind.RPar) && imp.Names.Count > 0) break;
                imp.Names.Add(ParseImportAlias());
            } while (Accept(TokenKind.Comma));
            Expect(TokenKind.RPar);
        }
        else
        {
            imp.Names.Add(ParseImportAlias());
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.Newline))
                    throw ErrorAtFurthest("trailing comma not allowed without surrounding parentheses");
                imp.Names.Add(ParseImportAlias());
            }
        }
        return Finish(imp, t);
    }

    private Alias ParseImportAlias()
    {
        ref readonly Token name = ref Expect(TokenKind.Name);
        var alias = new Alias { Name = name.Text! };
        if (Accept(TokenKind.As)) alias.AsName = Expect(TokenKind.Name).Text;
        return Finish(alias, name);
    }

    // ------------------------------------------------------------------ blocks

    /// <summary>`:` then a block: an indented suite, or simple statements on the same line.</summary>
    private List<Stmt> ParseBlock(string what, int headerLine)
    {
        ExpectColon();
        return ParseBlockAfterColon(what, headerLine);
    }

    private void ExpectColon()
    {
        if (At(TokenKind.Colon))
        {
            Advance();
            return;
        }
        if (At(TokenKind.Newline)) throw ErrorAtFurthest("expected ':'");
        throw InvalidSyntax();
    }

    /// <summary>CPython's forced ':' (after def, try, finally and else): anything else is
    /// "expected ':'" at that token.</summary>
    private List<Stmt> ParseForcedBlock(string what, int headerLine)
    {
        if (!At(TokenKind.Colon)) throw Fatal(ErrorAt(Peek(), "expected ':'"));
        Advance();
        return ParseBlockAfterColon(what, headerLine);
    }

    private List<Stmt> ParseBlockAfterColon(string what, int headerLine)
    {
        var body = new List<Stmt>();
        if (!Accept(TokenKind.Newline))
        {
            ParseSimpleStatements(body);
            return body;
        }
        if (!At(TokenKind.Indent))
            throw ErrorAtFurthest($"expected an indented block after {what} on line {headerLine}", "IndentationError");
        Advance();
        Enter();
        while (!At(TokenKind.Dedent)) ParseStatement(body);
        Advance();
        Leave();
        return body;
    }

    /// <summary>Ends a compound statement where its last block ends: at the last token
    /// that is not a NEWLINE, INDENT or DEDENT (so a trailing ';' counts).</summary>
    private T EndAt<T>(T node) where T : Node
    {
        for (int i = _p - 1; i >= 0; i--)
        {
            ref readonly Token t = ref _toks[i];
            if (t.Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent) continue;
            node.EndLine = t.EndLine;
            node.EndCol = t.EndCol;
            break;
        }
        return node;
    }

    // ------------------------------------------------------------------ compound statements

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (At(TokenKind.At))
        {
            Advance();
            decorators.Add(ParseNamedExpression());
            if (!At(TokenKind.Newline)) throw InvalidSyntax();
            Advance();
        }
        if (At(TokenKind.Def) || (At(TokenKind.Async) && Peek(1).Kind == TokenKind.Def))
            return ParseFunctionDef(decorators, Peek());
        if (At(TokenKind.Class)) return ParseClassDef(decorators);
        throw InvalidSyntax();
    }

    private Stmt ParseFunctionDef(List<Expr> decorators, in Token start)
    {
        var f = new FunctionDef { DecoratorList = decorators, IsAsync = Accept(TokenKind.Async) };
        ref readonly Token def = ref Advance();
        f.Name = Expect(TokenKind.Name).Text!;
        if (!At(TokenKind.LPar)) throw Fatal(ErrorAt(Peek(), "expected '('"));
        Advance();
        f.Args = ParseParameters(TokenKind.RPar, lambda: false);
        Expect(TokenKind.RPar);
        if (At(TokenKind.RArrow))
        {
            // `-> annotation` is optional for CPython: if it does not parse, the ':' it
            // then insists on is missing at the '->'.
            // CPython's first pass, where this is decided, runs without diagnostics.
            ref readonly Token arrow = ref Advance();
            f.Returns = Attempt(ParseExpression) ?? throw Fatal(ErrorAt(arrow, "expected ':'"));
        }
        f.Body = ParseForcedBlock("function definition", def.Line);
        return EndAt(Finish(f, start));
    }

    private Stmt ParseClassDef(List<Expr> decorators)
    {
        ref readonly Token t = ref Advance();
        var c = new ClassDef { DecoratorList = decorators, Name = Expect(TokenKind.Name).Text! };
        if (At(TokenKind.LPar))
        {
            var call = (Call)ParseCall(new Name(), Here, classBases: true);
            c.Bases = call.Args;
            c.Keywords = call.Keywords;
        }
        c.Body = ParseBlock("class definition", t.Line);
        return EndAt(Finish(c, t));
    }

    private Stmt ParseIf()
    {
        ref readonly Token t = ref Advance();
        var test = ParseNamedExpression();
        var s = new If { Test = test, Body = ParseBlock("'if' statement", t.Line) };
        Finish(s, t);
        ParseElse(s);
        return s;
    }

    // elif chains become nested If nodes in OrElse; every If of the chain ends where
    // the chain ends.
    private void ParseElse(If owner)
    {
        var chain = new List<If> { owner };
        var target = owner.OrElse;
        var lastBlock = owner.Body;
        while (At(TokenKind.Elif))
        {
            ref readonly Token e = ref Advance();
            var test = ParseNamedExpression();
            var s = new If { Test = test, Body = ParseBlock("'elif' statement", e.Line) };
            Finish(s, e);
            target.Add(s);
            chain.Add(s);
            target = s.OrElse;
            lastBlock = s.Body;
        }
        if (At(TokenKind.Else))
        {
            ref readonly Token e = ref Advance();
            lastBlock = ParseForcedBlock("'else' statement", e.Line);
            target.AddRange(lastBlock);
        }
        foreach (var s in chain) EndAt(s);
    }

    private Stmt ParseWhile()
    {
        ref readonly Token t = ref Advance();
        var s = new While { Test = ParseNamedExpression() };
        s.Body = ParseBlock("'while' statement", t.Line);
        Finish(s, t);
        EndAt(s);
        if (At(TokenKind.Else))
        {
            ref readonly Token e = ref Advance();
            s.OrElse = ParseForcedBlock("'else' statement", e.Line);
            EndAt(s);
        }
        return s;
    }

    private Stmt ParseFor(in Token start)
    {
        var s = new For { IsAsync = Accept(TokenKind.Async) };
        ref readonly Token f = ref Advance();
        s.Target = ParseForTarget();
        Advance();
        s.Iter = ParseStarExpressions();
        s.Body = ParseBlock("'for' statement", f.Line);
        Finish(s, start);
        EndAt(s);
        if (At(TokenKind.Else))
        {
            ref readonly Token e = ref Advance();
            s.OrElse = ParseForcedBlock("'else' statement", e.Line);
            EndAt(s);
        }
        return s;
    }

    private Stmt ParseWith(in Token start)
    {
        var s = new With { IsAsync = Accept(TokenKind.Async) };
        ref readonly Token w = ref Advance();
        // `with (a as b, c):` first; if that is not it, the parenthesis starts an expression.
        if (At(TokenKind.LPar))
        {
            int save = _p;
            var items = Attempt(() =>
            {
                Advance();
                var list = new List<WithItem>();
                do
                {
                    if (At(TokenKind.RPar) && list.Count > 0) break;
                    list.Add(ParseWithItem());
                } while (Accept(TokenKind.Comma));
                Expect(TokenKind.RPar);
                if (!At(TokenKind.Colon)) throw InvalidSyntax();
                return list;
            });
            if (items != null) s.Items = items;
            else _p = save;
        }
        if (s.Items.Count == 0)
        {
            do s.Items.Add(ParseWithItem()); while (Accept(TokenKind.Comma));
        }
        s.Body = ParseBlock("'with' statement", w.Line);
        Finish(s, start);
        return EndAt(s);
    }

    /// <summary>with_item: `expression ['as' star_target]`, the target followed by ',',
    /// ')' or ':'. Otherwise CPython reads the target as an expression to name what
    /// cannot be assigned, or wants a ':' before the newline.</summary>
    private WithItem ParseWithItem()
    {
        var item = new WithItem { ContextExpr = ParseExpression() };
        if (Accept(TokenKind.As))
        {
            int targetStart = _p;
            var target = Attempt(ParseStarTarget);
            if (target != null && Kind is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)
            {
                item.OptionalVars = target;
                return Finish(item, item.ContextExpr);
            }
            if (!_noInvalid)
            {
                if (target != null && At(TokenKind.Newline)) throw ErrorAtFurthest("expected ':'");
                int save = _p;
                _p = targetStart;
                _probing++;
                try
                {
                    var e = ParseExpression();
                    if (Kind is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon && InvalidTarget(e, TargetKind.Assign) is { } bad)
                        throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
                }
                catch (PythonSyntaxError e) when (IsFailure(e))
                {
                }
                finally
                {
                    _probing--;
                    _p = save;
                }
            }
            throw InvalidSyntax();
        }
        return Finish(item, item.ContextExpr);
    }

    /// <summary>star_target: `*target` or a name, attribute, subscript, or a tuple or list
    /// of targets.</summary>
    private Expr ParseStarTarget()
    {
        Expr target;
        if (At(TokenKind.Star))
        {
            ref readonly Token star = ref Advance();
            if (At(TokenKind.Star)) throw InvalidSyntax();
            target = Finish(new Starred { Value = ParsePrimary() }, star);
        }
        else target = ParsePrimary();
        SetTarget(target, TargetKind.Assign);
        return target;
    }

    private Stmt ParseTry()
    {
        ref readonly Token t = ref Advance();
        var s = new Try { Body = ParseForcedBlock("'try' statement", t.Line) };
        Finish(s, t);
        EndAt(s);
        bool sawPlain = false, sawStar = false;
        while (At(TokenKind.Except))
        {
            ref readonly Token e = ref Advance();
            var h = new ExceptHandler();
            bool star = Accept(TokenKind.Star);
            if (!star && At(TokenKind.Newline)) throw ErrorAtFurthest("expected ':'");
            if (star) sawStar = true;
            else sawPlain = true;
            if (sawStar && sawPlain)
                throw Error("cannot have both 'except' and 'except*' on the same 'try'", e.Line, e.Col, _endLine, _endCol);
            if (!At(TokenKind.Colon))
            {
                if (star && At(TokenKind.Newline)) throw ErrorAtFurthest("expected one or more exception types");
                h.Type = ParseExpression();
                if (At(TokenKind.Comma))
                {
                    var types = new List<Expr> { h.Type };
                    while (Accept(TokenKind.Comma) && StartsExpression(Kind)) types.Add(ParseExpression());
                    if (At(TokenKind.Colon) || At(TokenKind.As))
                        throw ErrorRange(types[0], types[^1], "multiple exception types must be parenthesized");
                    throw InvalidSyntax();
                }
                if (Accept(TokenKind.As)) h.Name = Expect(TokenKind.Name).Text;
            }
            else if (star) throw ErrorAtFurthest("expected one or more exception types");
            h.Body = ParseBlock(star ? "'except*' statement" : "'except' statement", e.Line);
            Finish(h, e);
            EndAt(h);
            s.Handlers.Add(h);
            EndAt(s);
        }
        s.IsStar = sawStar;
        if (At(TokenKind.Else))
        {
            if (s.Handlers.Count == 0) throw ErrorAtFurthest("expected 'except' or 'finally' block");
            ref readonly Token e = ref Advance();
            s.OrElse = ParseForcedBlock("'else' statement", e.Line);
            EndAt(s);
        }
        if (At(TokenKind.Finally))
        {
            ref readonly Token f = ref Advance();
            s.FinalBody = ParseForcedBlock("'finally' statement", f.Line);
            EndAt(s);
        }
        if (s.Handlers.Count == 0 && s.FinalBody.Count == 0)
            throw ErrorAtFurthest("expected 'except' or 'finally' block");
        return s;
    }
}
