using System.Globalization;
using System.Numerics;

namespace Pycc.Syntax;

// Expressions, from star_expressions down to atoms. Left-associative operator chains are
// built in loops, so their length costs no stack.
internal sealed partial class Parser
{
    // While set, CPython's "invalid_*" diagnostics are off: in probes and attempts, which
    // stand for its first pass and for its expression_without_invalid.
    private bool _noInvalid;

    private static bool StartsExpression(TokenKind k) => k switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.LPar or TokenKind.LSqb
            or TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Not
            or TokenKind.Lambda or TokenKind.Await or TokenKind.None or TokenKind.True or TokenKind.False
            or TokenKind.Ellipsis => true,
        _ => false,
    };

    // ------------------------------------------------------------------ lists of expressions

    /// <summary>star_expressions: one, or an unparenthesized tuple.</summary>
    private Expr ParseStarExpressions()
    {
        var start = Here;
        var first = ParseStarExpression();
        if (!At(TokenKind.Comma)) return first;
        var t = new TupleExpr();
        t.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Kind) && !At(TokenKind.Star)) break;
            t.Elts.Add(ParseStarExpression());
        }
        return Finish(t, start);
    }

    private Expr ParseStarExpression()
    {
        if (!At(TokenKind.Star)) return ParseExpression();
        ref readonly Token star = ref Advance();
        var s = new Starred { Value = ParseBitOr() };
        return Finish(s, star);
    }

    private Expr ParseStarNamedExpression()
    {
        if (!At(TokenKind.Star)) return ParseNamedExpression();
        ref readonly Token star = ref Advance();
        var s = new Starred { Value = ParseBitOr() };
        return Finish(s, star);
    }

    /// <summary>Comma-separated star_named_expressions up to a closing bracket; `first` is
    /// already parsed.</summary>
    private void ParseStarNamedList(List<Expr> elts, Expr first, TokenKind close)
    {
        elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (At(close)) break;
            elts.Add(ParseStarNamedExpression());
        }
    }

    /// <summary>named_expression: `NAME := expression` or an expression.</summary>
    private Expr ParseNamedExpression()
    {
        if (At(TokenKind.Name) && Peek(1).Kind == TokenKind.ColonEqual)
        {
            ref readonly Token nt = ref Advance();
            var target = Finish(new Name { Id = nt.Text!, Ctx = ExprContext.Store }, nt);
            Advance();
            var ne = new NamedExpr { Target = target, Value = ParseExpression() };
            return Finish(ne, target);
        }
        var e = ParseExpression();
        if (At(TokenKind.ColonEqual)) throw _noInvalid ? InvalidSyntax() : WalrusOnNonName(e);
        if (At(TokenKind.Equal) && !_noInvalid) CheckEqualsInsteadOfCompare(e);
        return e;
    }

    /// <summary>`expr := value` where expr is not a name: CPython says so when a value
    /// follows, and "invalid syntax" otherwise.</summary>
    private PythonSyntaxError WalrusOnNonName(Expr e)
    {
        int save = _p;
        var (el, ec) = (_endLine, _endCol);
        Advance();
        var value = Probe(ParseExpression);
        _p = save;
        (_endLine, _endCol) = (el, ec);
        return value != null ? ErrorAt(e, $"cannot use assignment expressions with {ExprName(e)}") : InvalidSyntax();
    }

    /// <summary>CPython's invalid_named_expression: `x = y` where a comparison or a walrus
    /// was meant.</summary>
    private void CheckEqualsInsteadOfCompare(Expr e)
    {
        if (IsBitwiseOrLevel(e) && !IsExcludedFromAssignHint(LeftmostAtom(e)))
        {
            int save = _p;
            var (el, ec) = (_endLine, _endCol);
            Advance();
            var rhs = Probe(ParseBitOr);
            bool fires = rhs != null && !At(TokenKind.Equal) && !At(TokenKind.ColonEqual);
            _p = save;
            (_endLine, _endCol) = (el, ec);
            if (!fires) return;
            if (e is Name && !_parenthesized.Contains(e))
                throw ErrorRange(e, rhs!, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            throw ErrorAt(e, $"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?");
        }
    }

    // Nodes that were written in parentheses, where CPython's rules tell them apart.
    private readonly HashSet<Expr> _parenthesized = new(ReferenceEqualityComparer.Instance);

    private bool IsExcludedFromAssignHint(Expr e)
        => e is ListExpr || (e is TupleExpr && _parenthesized.Contains(e))
           || (e is Comprehension { Kind: ComprehensionKind.Generator } && _parenthesized.Contains(e))
           || (e is Constant { Kind: ConstantKind.True or ConstantKind.False or ConstantKind.None } && !_parenthesized.Contains(e));

    // An expression CPython's bitwise_or rule can produce on its own.
    private bool IsBitwiseOrLevel(Expr e)
        => _parenthesized.Contains(e) || e switch
        {
            BoolOp or Compare or IfExp or Lambda or NamedExpr or Starred or Yield or YieldFrom => false,
            UnaryOp { Op: UnaryOperator.Not } => false,
            _ => true,
        };

    /// <summary>Runs a parse function and returns null instead of raising, restoring the
    /// position on failure. Diagnostics that probe ahead are off meanwhile.</summary>
    private T? Probe<T>(Func<T> parse) where T : class => Speculate(parse, probing: 1);

    /// <summary>Like Probe, but as part of CPython's first pass: the tokens looked at count
    /// for the location of the generic error.</summary>
    private T? Attempt<T>(Func<T> parse) where T : class => Speculate(parse, probing: 0);

    private T? Speculate<T>(Func<T> parse, int probing) where T : class
    {
        int save = _p, depth = _depth;
        var (el, ec) = (_endLine, _endCol);
        bool ni = _noInvalid;
        _noInvalid = true;
        _probing += probing;
        try
        {
            return parse();
        }
        catch (PythonSyntaxError e) when (!e.Fatal && !ReferenceEquals(e, _toks[^1].Error))
        {
            // A tokenizer error, or one raised by an action, is raised wherever it is
            // reached, probing or not.
            _p = save;
            _depth = depth;
            (_endLine, _endCol) = (el, ec);
            return null;
        }
        finally
        {
            _noInvalid = ni;
            _probing -= probing;
        }
    }

    /// <summary>Parses ahead with the diagnostics on, as CPython's second pass does inside
    /// some of its error rules, then goes back. Errors found on the way are raised.</summary>
    private T Lookahead<T>(Func<T> parse)
    {
        int save = _p;
        var (el, ec) = (_endLine, _endCol);
        _probing++;
        try
        {
            return parse();
        }
        finally
        {
            _probing--;
            _p = save;
            (_endLine, _endCol) = (el, ec);
        }
    }

    // ------------------------------------------------------------------ expression

    /// <summary>expression: a conditional expression, a lambda, or a disjunction.</summary>
    private Expr ParseExpression()
    {
        Enter();
        var start = Here;
        int startIndex = _p;
        Expr e;
        if (At(TokenKind.Lambda)) e = ParseLambda();
        else
        {
            e = ParseDisjunction();
            if (At(TokenKind.If) && _noInvalid)
            {
                // Without the diagnostics, an incomplete `a if b` is just `a` (PEG).
                int save = _p, depth = _depth;
                var (el, ec) = (_endLine, _endCol);
                try
                {
                    Advance();
                    var test = ParseDisjunction();
                    if (!At(TokenKind.Else)) throw InvalidSyntax();
                    Advance();
                    var orelse = ParseExpression();
                    e = Finish(new IfExp { Test = test, Body = e, OrElse = orelse }, start);
                }
                catch (PythonSyntaxError ex) when (IsFailure(ex))
                {
                    _p = save;
                    _depth = depth;
                    (_endLine, _endCol) = (el, ec);
                }
            }
            else if (At(TokenKind.If))
            {
                Advance();
                var test = ParseIfTest(e);
                if (!At(TokenKind.Else))
                {
                    if (!_noInvalid && !At(TokenKind.Colon))
                        throw ErrorRange(e, test, "expected 'else' after 'if' expression");
                    throw InvalidSyntax();
                }
                Advance();
                var orelse = ParseExpression();
                e = Finish(new IfExp { Test = test, Body = e, OrElse = orelse }, start);
            }
        }
        Leave();
        if (!_noInvalid && StartsExpression(Kind)) CheckJuxtaposed(e, startIndex);
        return e;
    }

    /// <summary>The test of `a if test else b`. When it does not parse, CPython still
    /// names the missing 'else' if a shorter test is followed by neither 'else' nor ':'.</summary>
    private Expr ParseIfTest(Expr body)
    {
        if (_noInvalid) return ParseDisjunction();
        int save = _p, depth = _depth;
        try
        {
            return ParseDisjunction();
        }
        catch (PythonSyntaxError e) when (IsFailure(e))
        {
            int failedAt = _p;
            _p = save;
            _depth = depth;
            var shorter = Probe(ParseBitOr);
            if (shorter != null && !At(TokenKind.Else) && !At(TokenKind.Colon))
                throw ErrorRange(body, shorter, "expected 'else' after 'if' expression");
            _p = failedAt;
            throw;
        }
    }

    /// <summary>
    /// Two expressions side by side: CPython suggests a missing comma inside brackets, and
    /// parentheses after the Python 2 statements print and exec.
    /// </summary>
    private void CheckJuxtaposed(Expr a, int startIndex)
    {
        bool legacy = a is Name { Id: "print" or "exec" } && !_parenthesized.Contains(a);
        // invalid_expression: inside brackets, a missing comma. CPython parses the second
        // expression before it looks at the brackets, and skips `NAME STRING` and soft
        // keywords, where other rules apply.
        // (CPython 3.11 takes any prefix of a soft keyword, such as `c` or `ma`, for one.)
        bool skipped = _toks[startIndex].Kind == TokenKind.Name
            && (IsSoftKeywordPrefix(_toks[startIndex].Text!) || _toks[startIndex + 1].Kind == TokenKind.String);
        if (!skipped && !legacy)
        {
            int save = _p;
            var (el, ec) = (_endLine, _endCol);
            var b = Probe(ParseExpression);
            if (b != null)
            {
                bool inBrackets = _toks[_p - 1].Level > 0;
                _p = save;
                (_endLine, _endCol) = (el, ec);
                if (inBrackets)
                {
                    while (a is IfExp ie) a = ie.OrElse;
                    throw ErrorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
        // invalid_legacy_expression: `NAME expressions`, which is print or exec used as a
        // statement; what follows is parsed with the diagnostics on.
        if (a is Name && !_parenthesized.Contains(a) && !At(TokenKind.LPar))
        {
            var rest = Lookahead(ParseStarExpressions);
            if (legacy)
            {
                string id = ((Name)a).Id;
                throw ErrorRange(a, rest, $"Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
            }
        }
    }

    private static bool IsSoftKeywordPrefix(string name)
        => name.Length > 0 && ("match".StartsWith(name, StringComparison.Ordinal) || "case".StartsWith(name, StringComparison.Ordinal) || name == "_");

    private Expr ParseDisjunction()
    {
        var start = Here;
        var first = ParseConjunction();
        if (!At(TokenKind.Or)) return first;
        var b = new BoolOp { Op = BoolOperator.Or };
        b.Values.Add(first);
        while (At(TokenKind.Or) && Operand(ParseConjunction, 1) is { } next) b.Values.Add(next);
        return b.Values.Count == 1 ? first : Finish(b, start);
    }

    private Expr ParseConjunction()
    {
        var start = Here;
        var first = ParseInversion();
        if (!At(TokenKind.And)) return first;
        var b = new BoolOp { Op = BoolOperator.And };
        b.Values.Add(first);
        while (At(TokenKind.And) && Operand(ParseInversion, 1) is { } next) b.Values.Add(next);
        return b.Values.Count == 1 ? first : Finish(b, start);
    }

    // `not` chains are collected first and wrapped afterwards, so their length costs no stack.
    private Expr ParseInversion()
    {
        if (!At(TokenKind.Not)) return ParseComparison();
        var starts = new List<Token>();
        while (At(TokenKind.Not)) starts.Add(Advance());
        var e = ParseComparison();
        for (int i = starts.Count - 1; i >= 0; i--)
        {
            var u = new UnaryOp { Op = UnaryOperator.Not, Operand = e };
            u.Line = starts[i].Line; u.Col = starts[i].Col; u.EndLine = _endLine; u.EndCol = _endCol;
            e = u;
        }
        return e;
    }

    private Expr ParseComparison()
    {
        var start = Here;
        var left = ParseBitOr();
        Compare? c = null;
        while (true)
        {
            CmpOperator op;
            switch (Kind)
            {
                case TokenKind.EqEqual: op = CmpOperator.Eq; break;
                case TokenKind.NotEqual: op = CmpOperator.NotEq; break;
                case TokenKind.Less: op = CmpOperator.Lt; break;
                case TokenKind.LessEqual: op = CmpOperator.LtE; break;
                case TokenKind.Greater: op = CmpOperator.Gt; break;
                case TokenKind.GreaterEqual: op = CmpOperator.GtE; break;
                case TokenKind.In: op = CmpOperator.In; break;
                case TokenKind.Is:
                    op = Peek(1).Kind == TokenKind.Not ? CmpOperator.IsNot : CmpOperator.Is;
                    break;
                case TokenKind.Not:
                    if (Peek(1).Kind != TokenKind.In) goto done;
                    op = CmpOperator.NotIn;
                    break;
                default: goto done;
            }
            var right = Operand(ParseBitOr, op is CmpOperator.IsNot or CmpOperator.NotIn ? 2 : 1);
            if (right == null) break;
            c ??= new Compare { Left = left };
            c.Ops.Add(op);
            c.Comparators.Add(right);
        }
    done:
        return c == null ? left : Finish(c, start);
    }

    // Binary operators by precedence climbing; each level loops over its own operators.
    private static int BinaryPrecedence(TokenKind k, out Operator op)
    {
        switch (k)
        {
            case TokenKind.VBar: op = Operator.BitOr; return 1;
            case TokenKind.CircumFlex: op = Operator.BitXor; return 2;
            case TokenKind.Amper: op = Operator.BitAnd; return 3;
            case TokenKind.LeftShift: op = Operator.LShift; return 4;
            case TokenKind.RightShift: op = Operator.RShift; return 4;
            case TokenKind.Plus: op = Operator.Add; return 5;
            case TokenKind.Minus: op = Operator.Sub; return 5;
            case TokenKind.Star: op = Operator.Mult; return 6;
            case TokenKind.Slash: op = Operator.Div; return 6;
            case TokenKind.DoubleSlash: op = Operator.FloorDiv; return 6;
            case TokenKind.Percent: op = Operator.Mod; return 6;
            case TokenKind.At: op = Operator.MatMult; return 6;
            default: op = default; return 0;
        }
    }

    private Expr ParseBitOr() => ParseBinary(1);

    private Expr ParseBinary(int minPrec)
    {
        var start = Here;
        var left = minPrec > 6 ? ParseFactor() : ParseBinary(minPrec + 1);
        if (minPrec > 6) return left;
        while (true)
        {
            int prec = BinaryPrecedence(Kind, out var op);
            if (prec != minPrec) return left;
            var right = Operand(() => ParseBinary(minPrec + 1), 1);
            if (right == null) return left;
            left = Finish(new BinOp { Left = left, Op = op, Right = right }, start);
        }
    }

    /// <summary>Skips `operatorTokens` and parses the right operand. Without diagnostics
    /// (CPython's first pass), an operand that does not parse undoes the operator, as PEG
    /// does, and null is returned.</summary>
    private Expr? Operand(Func<Expr> parse, int operatorTokens)
    {
        if (!_noInvalid)
        {
            for (int i = 0; i < operatorTokens; i++) Advance();
            return parse();
        }
        int save = _p, depth = _depth;
        var (el, ec) = (_endLine, _endCol);
        try
        {
            for (int i = 0; i < operatorTokens; i++) Advance();
            return parse();
        }
        catch (PythonSyntaxError e) when (IsFailure(e))
        {
            _p = save;
            _depth = depth;
            (_endLine, _endCol) = (el, ec);
            return null;
        }
    }

    // Unary chains are collected first, like `not` chains.
    private Expr ParseFactor()
    {
        var k = Kind;
        if (k != TokenKind.Minus && k != TokenKind.Plus && k != TokenKind.Tilde) return ParsePower();
        var starts = new List<Token>();
        while (Kind is TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde) starts.Add(Advance());
        var e = ParsePower();
        for (int i = starts.Count - 1; i >= 0; i--)
        {
            var op = starts[i].Kind switch
            {
                TokenKind.Minus => UnaryOperator.USub,
                TokenKind.Plus => UnaryOperator.UAdd,
                _ => UnaryOperator.Invert,
            };
            var u = new UnaryOp { Op = op, Operand = e };
            u.Line = starts[i].Line; u.Col = starts[i].Col; u.EndLine = _endLine; u.EndCol = _endCol;
            e = u;
        }
        return e;
    }

    private Expr ParsePower()
    {
        var start = Here;
        var left = ParseAwaitPrimary();
        if (!At(TokenKind.DoubleStar)) return left;
        Enter();
        var right = Operand(ParseFactor, 1);
        Leave();
        return right == null ? left : Finish(new BinOp { Left = left, Op = Operator.Pow, Right = right }, start);
    }

    private Expr ParseAwaitPrimary()
    {
        if (!At(TokenKind.Await)) return ParsePrimary();
        ref readonly Token t = ref Advance();
        var a = new Await { Value = ParsePrimary() };
        return Finish(a, t);
    }

    // ------------------------------------------------------------------ primaries

    private Expr ParsePrimary()
    {
        var start = Here;
        var e = ParseAtom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                {
                    // Like CPython's PEG parser, a '.' without a name after it ends the
                    // primary instead of failing it, which matters for the diagnostics.
                    if (Peek(1).Kind != TokenKind.Name) return e;
                    Advance();
                    ref readonly Token name = ref Advance();
                    e = Finish(new Attribute { Value = e, Attr = name.Text!, Ctx = ExprContext.Load }, start);
                    break;
                }
                case TokenKind.LPar:
                case TokenKind.LSqb:
                {
                    // A call or subscript that does not parse ends the primary before it,
                    // as CPython's PEG parser backtracks, so the diagnostics see what it sees.
                    int save = _p, depth = _depth;
                    var (el, ec) = (_endLine, _endCol);
                    try
                    {
                        e = Kind == TokenKind.LPar ? ParseCall(e, start) : ParseSubscript(e, start);
                    }
                    catch (PythonSyntaxError ex) when (IsFailure(ex))
                    {
                        _p = save;
                        _depth = depth;
                        (_endLine, _endCol) = (el, ec);
                        return e;
                    }
                    break;
                }
                default:
                    return e;
            }
        }
    }

    private Expr ParseSubscript(Expr value, (int Line, int Col) start)
    {
        Advance();
        var slice = ParseSlices();
        Expect(TokenKind.RSqb);
        return Finish(new Subscript { Value = value, Slice = slice, Ctx = ExprContext.Load }, start);
    }

    /// <summary>slices: one slice or expression, or a tuple of them (starred allowed).</summary>
    private Expr ParseSlices()
    {
        var start = Here;
        var first = ParseSlice();
        // A lone starred index is still a tuple: x[*a] is x[(*a,)].
        if (!At(TokenKind.Comma) && first is not Starred) return first;
        var t = new TupleExpr();
        t.Elts.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RSqb)) break;
            t.Elts.Add(ParseSlice());
        }
        return Finish(t, start);
    }

    private Expr ParseSlice()
    {
        ref readonly Token start = ref Peek();
        if (At(TokenKind.Star))
        {
            Advance();
            var s = new Starred { Value = ParseExpression() };
            return Finish(s, start);
        }
        Expr? lower = null;
        if (!At(TokenKind.Colon))
        {
            // A walrus can be an index but not a slice bound.
            lower = ParseNamedExpression();
            if (!At(TokenKind.Colon)) return lower;
            if (lower is NamedExpr && !_parenthesized.Contains(lower)) throw InvalidSyntax();
        }
        int line = start.Line, col = start.Col;
        Advance();
        var sl = new Slice { Lower = lower };
        if (Kind is not (TokenKind.Colon or TokenKind.Comma or TokenKind.RSqb)) sl.Upper = ParseExpression();
        if (Accept(TokenKind.Colon) && Kind is not (TokenKind.Comma or TokenKind.RSqb)) sl.Step = ParseExpression();
        return Finish(sl, line, col);
    }

    // ------------------------------------------------------------------ atoms

    private Expr ParseAtom()
    {
        ref readonly Token t = ref Peek();
        switch (t.Kind)
        {
            case TokenKind.Name:
                Advance();
                return Finish(new Name { Id = t.Text!, Ctx = ExprContext.Load }, t);
            case TokenKind.Number:
                Advance();
                return Finish(NumberConstant(t), t);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.None:
                Advance();
                return Finish(new Constant { Kind = ConstantKind.None }, t);
            case TokenKind.True:
                Advance();
                return Finish(new Constant { Kind = ConstantKind.True, Value = true }, t);
            case TokenKind.False:
                Advance();
                return Finish(new Constant { Kind = ConstantKind.False, Value = false }, t);
            case TokenKind.Ellipsis:
                Advance();
                return Finish(new Constant { Kind = ConstantKind.Ellipsis }, t);
            case TokenKind.LPar:
                return ParseParenthesized();
            case TokenKind.LSqb:
                return ParseListDisplay();
            case TokenKind.LBrace:
                return ParseBraceDisplay();
            default:
                throw InvalidSyntax();
        }
    }

    private Constant NumberConstant(in Token t)
    {
        string s = t.Text!.Replace("_", "");
        char last = s[^1];
        if (last is 'j' or 'J')
            return new Constant { Kind = ConstantKind.Complex, Value = ParseFloat(s.Substring(0, s.Length - 1)) };
        if (s.Length > 1 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            char p = (char)(s[1] | 0x20);
            int radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            var v = BigInteger.Zero;
            for (int i = 2; i < s.Length; i++) v = v * radix + HexValue(s[i]);
            return Constant.Int(v);
        }
        if (s.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0)
            return new Constant { Kind = ConstantKind.Float, Value = ParseFloat(s) };
        // CPython 3.11 limits decimal integer literals like int(str) (sys.int_info).
        if (s.Length > 4300)
        {
            throw Fatal(new PythonSyntaxError("SyntaxError", $"Exceeds the limit (4300 digits) for integer string conversion: value has {s.Length} digits; " +
                "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                _file.FileName, t.Line, 0, t.Line, 0, _file.LineText(t.Line)));
        }
        return Constant.Int(BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static double ParseFloat(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>`( ... )`: empty tuple, yield, group, tuple or generator expression.</summary>
    private Expr ParseParenthesized()
    {
        ref readonly Token open = ref Advance();
        if (Accept(TokenKind.RPar))
        {
            var empty = Finish(new TupleExpr(), open);
            _parenthesized.Add(empty);
            return empty;
        }
        Enter();
        if (At(TokenKind.Yield))
        {
            var y = ParseYieldExpression();
            Expect(TokenKind.RPar);
            Leave();
            _parenthesized.Add(y);
            return y;
        }
        if (At(TokenKind.DoubleStar))
        {
            ref readonly Token ds = ref Advance();
            var v = ParseExpression();
            if (At(TokenKind.RPar)) throw ErrorAt(ds, "cannot use double starred expression here");
            throw InvalidSyntax();
        }
        var first = ParseStarNamedExpression();
        Expr result;
        if (AtComprehension())
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var g = new Comprehension { Kind = ComprehensionKind.Generator, Elt = first };
            ParseComprehensionClauses(g.Generators);
            Expect(TokenKind.RPar);
            result = Finish(g, open);
        }
        else if (At(TokenKind.Comma))
        {
            var t = new TupleExpr();
            ParseStarNamedList(t.Elts, first, TokenKind.RPar);
            Expect(TokenKind.RPar);
            result = Finish(t, open);
        }
        else
        {
            if (!At(TokenKind.RPar)) throw InvalidSyntax();
            if (first is Starred) throw ErrorAt(first, "cannot use starred expression here");
            Advance();
            result = first;
        }
        Leave();
        _parenthesized.Add(result);
        return result;
    }

    private bool AtComprehension() => At(TokenKind.For) || (At(TokenKind.Async) && Peek(1).Kind == TokenKind.For);

    private Expr ParseListDisplay()
    {
        ref readonly Token open = ref Advance();
        if (Accept(TokenKind.RSqb)) return Finish(new ListExpr(), open);
        Enter();
        var first = ParseStarNamedExpression();
        Expr result;
        if (AtComprehension())
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var c = new Comprehension { Kind = ComprehensionKind.List, Elt = first };
            ParseComprehensionClauses(c.Generators);
            Expect(TokenKind.RSqb);
            result = Finish(c, open);
        }
        else
        {
            var l = new ListExpr();
            ParseStarNamedList(l.Elts, first, TokenKind.RSqb);
            Expect(TokenKind.RSqb);
            result = Finish(l, open);
        }
        Leave();
        return result;
    }

    /// <summary>`{ ... }`: dict, set, or their comprehensions.</summary>
    private Expr ParseBraceDisplay()
    {
        ref readonly Token open = ref Advance();
        if (Accept(TokenKind.RBrace)) return Finish(new DictExpr(), open);
        Enter();
        Expr result;
        if (At(TokenKind.DoubleStar))
        {
            ref readonly Token ds = ref Advance();
            var v = ParseBitOr();
            if (AtComprehension()) throw ErrorAt(ds, "dict unpacking cannot be used in dict comprehension");
            var d = new DictExpr();
            d.Keys.Add(null);
            d.Values.Add(v);
            result = ParseDictRest(d, open);
        }
        else if (At(TokenKind.Star) || (At(TokenKind.Name) && Peek(1).Kind == TokenKind.ColonEqual))
        {
            result = ParseSetRest(ParseStarNamedExpression(), open);
        }
        else
        {
            var key = ParseExpression();
            if (At(TokenKind.Colon))
            {
                Advance();
                var value = ParseDictValue(key);
                if (AtComprehension())
                {
                    var c = new Comprehension { Kind = ComprehensionKind.Dict, Elt = key, Value = value };
                    ParseComprehensionClauses(c.Generators);
                    Expect(TokenKind.RBrace);
                    result = Finish(c, open);
                }
                else
                {
                    var d = new DictExpr();
                    d.Keys.Add(key);
                    d.Values.Add(value);
                    result = ParseDictRest(d, open);
                }
            }
            else
            {
                if (At(TokenKind.ColonEqual)) throw _noInvalid ? InvalidSyntax() : WalrusOnNonName(key);
                if (At(TokenKind.Equal) && !_noInvalid) CheckEqualsInsteadOfCompare(key);
                result = ParseSetRest(key, open);
            }
        }
        Leave();
        return result;
    }

    private Expr ParseDictValue(Expr key)
    {
        if (At(TokenKind.Star))
        {
            ref readonly Token st = ref Advance();
            var v = ParseBitOr();
            throw Error("cannot use a starred expression in a dictionary value", st.Line, st.Col, v.EndLine, v.EndCol);
        }
        if (Kind is TokenKind.RBrace or TokenKind.Comma)
        {
            ref readonly Token colon = ref _toks[_p - 1];
            throw Error("expression expected after dictionary key and ':'", colon.Line, colon.Col, colon.EndLine, colon.EndCol);
        }
        return ParseExpression();
    }

    private Expr ParseDictRest(DictExpr d, in Token open)
    {
        int line = open.Line, col = open.Col;
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RBrace)) break;
            if (Accept(TokenKind.DoubleStar))
            {
                d.Keys.Add(null);
                d.Values.Add(ParseBitOr());
            }
            else
            {
                // CPython's invalid_kvpair comes before its missing-comma rule here, and
                // takes the longest expression that parses as the key.
                int keyStart = _p;
                var key = _noInvalid ? ParseExpression() : Probe(ParseExpression);
                if (key == null)
                {
                    _p = keyStart;
                    key = Probe(ParseBitOr);
                    if (key == null || At(TokenKind.Colon))
                    {
                        _p = keyStart;
                        ParseExpression();
                        throw InvalidSyntax();
                    }
                }
                if (!At(TokenKind.Colon))
                {
                    if (_noInvalid) throw InvalidSyntax();
                    throw Error("':' expected after dictionary key", key.Line, key.EndCol - 1, key.EndLine, -1);
                }
                Advance();
                d.Keys.Add(key);
                d.Values.Add(ParseDictValue(key));
            }
        }
        Expect(TokenKind.RBrace);
        return Finish(d, line, col);
    }

    private Expr ParseSetRest(Expr first, in Token open)
    {
        int line = open.Line, col = open.Col;
        if (AtComprehension())
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var c = new Comprehension { Kind = ComprehensionKind.Set, Elt = first };
            ParseComprehensionClauses(c.Generators);
            Expect(TokenKind.RBrace);
            return Finish(c, line, col);
        }
        var s = new SetExpr();
        ParseStarNamedList(s.Elts, first, TokenKind.RBrace);
        Expect(TokenKind.RBrace);
        return Finish(s, line, col);
    }

    /// <summary>for_if_clauses: `[async] for targets in disjunction (if disjunction)*`, repeated.</summary>
    private void ParseComprehensionClauses(List<ComprehensionFor> gens)
    {
        while (AtComprehension())
        {
            ref readonly Token start = ref Peek();
            var g = new ComprehensionFor { IsAsync = Accept(TokenKind.Async) };
            Advance();
            g.Target = ParseForTarget();
            Advance();
            g.Iter = ParseDisjunction();
            while (Accept(TokenKind.If)) g.Ifs.Add(ParseDisjunction());
            gens.Add(Finish(g, start));
        }
    }

    /// <summary>The target of `for` (statement or comprehension), followed by `in`.
    /// Otherwise CPython's invalid_for_target reads it as expressions with its diagnostics
    /// on, and names the part that cannot be assigned.</summary>
    private Expr ParseForTarget()
    {
        int targetStart = _p;
        var target = Attempt(() =>
        {
            var t = ParseTargetList(TargetKind.For, TokenKind.In);
            if (!At(TokenKind.In)) throw InvalidSyntax();
            return t;
        });
        if (target != null) return target;
        if (!_noInvalid)
        {
            int save = _p;
            _p = targetStart;
            _probing++;
            try
            {
                var e = ParseStarExpressions();
                if (InvalidTarget(e, TargetKind.For) is { } bad) throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
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

    // ------------------------------------------------------------------ calls

    private Expr ParseCall(Expr func, (int Line, int Col) callStart, bool classBases = false)
    {
        ref readonly Token open = ref Advance();
        var call = new Call { Func = func };
        bool sawKeyword = false, sawKwUnpack = false;
        string? positionalAfter = null;
        Enter();
        while (!At(TokenKind.RPar))
        {
            ref readonly Token start = ref Peek();
            if (At(TokenKind.Star))
            {
                Advance();
                if (sawKwUnpack && !_noInvalid)
                    throw ErrorAt(_toks[_p - 1], "iterable argument unpacking follows keyword argument unpacking");
                var s = new Starred { Value = ParseExpression(), Ctx = ExprContext.Load };
                call.Args.Add(Finish(s, start));
            }
            else if (At(TokenKind.DoubleStar))
            {
                Advance();
                var k = new Keyword { Value = ParseExpression() };
                call.Keywords.Add(Finish(k, start));
                sawKwUnpack = true;
            }
            else if (At(TokenKind.Name) && Peek(1).Kind == TokenKind.Equal)
            {
                Advance();
                ref readonly Token eq = ref Advance();
                var value = ParseExpression();
                if (AtComprehension())
                    throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start.Line, start.Col, eq.EndLine, eq.EndCol);
                var k = new Keyword { Arg = start.Text, Value = value };
                call.Keywords.Add(Finish(k, start));
                sawKeyword = true;
            }
            else
            {
                Expr arg;
                if (At(TokenKind.Name) && Peek(1).Kind == TokenKind.ColonEqual) arg = ParseNamedExpression();
                else arg = ParseExpression();
                // A class's bases are arguments without the generator-expression form.
                if (AtComprehension() && classBases) throw InvalidSyntax();
                if (AtComprehension())
                {
                    var g = new Comprehension { Kind = ComprehensionKind.Generator, Elt = arg };
                    ParseComprehensionClauses(g.Generators);
                    bool others = call.Args.Count > 0 || call.Keywords.Count > 0;
                    if (At(TokenKind.Comma) || (others && At(TokenKind.RPar)))
                        throw Error("Generator expression must be parenthesized", arg.Line, arg.Col, _endLine, _endCol);
                    if (!At(TokenKind.RPar)) throw InvalidSyntax();
                    Advance();
                    Finish(g, open);
                    call.Args.Add(g);
                    Leave();
                    return Finish(call, callStart);
                }
                if (At(TokenKind.Equal))
                {
                    ref readonly Token eq = ref Peek();
                    if (arg is Constant { Kind: ConstantKind.True or ConstantKind.False or ConstantKind.None } c)
                        throw Error($"cannot assign to {ExprName(c)}", arg.Line, arg.Col, eq.EndLine, eq.EndCol);
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", arg.Line, arg.Col, eq.EndLine, eq.EndCol);
                }
                if (sawKwUnpack) positionalAfter ??= "positional argument follows keyword argument unpacking";
                else if (sawKeyword) positionalAfter ??= "positional argument follows keyword argument";
                call.Args.Add(arg);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        if (positionalAfter != null && !_noInvalid) throw ErrorAtFurthest(positionalAfter);
        Expect(TokenKind.RPar);
        Leave();
        return Finish(call, callStart);
    }

    // ------------------------------------------------------------------ lambda, yield

    private Expr ParseLambda()
    {
        ref readonly Token start = ref Advance();
        var args = ParseParameters(TokenKind.Colon, lambda: true);
        if (!At(TokenKind.Colon)) throw InvalidSyntax();
        Advance();
        var body = ParseExpression();
        var l = new Lambda { Args = args, Body = body };
        return Finish(l, start);
    }

    private Expr ParseYieldExpression()
    {
        ref readonly Token start = ref Advance();
        if (Accept(TokenKind.From))
        {
            var yf = new YieldFrom { Value = ParseExpression() };
            return Finish(yf, start);
        }
        var y = new Yield();
        if (StartsExpression(Kind) || At(TokenKind.Star)) y.Value = ParseStarExpressions();
        return Finish(y, start);
    }

    // ------------------------------------------------------------------ names of expressions

    /// <summary>What CPython calls an expression in error messages.</summary>
    internal static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        Comprehension { Kind: ComprehensionKind.Generator } => "generator expression",
        Comprehension { Kind: ComprehensionKind.List } => "list comprehension",
        Comprehension { Kind: ComprehensionKind.Set } => "set comprehension",
        Comprehension { Kind: ComprehensionKind.Dict } => "dict comprehension",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Kind: ConstantKind.None } => "None",
        Constant { Kind: ConstantKind.True } => "True",
        Constant { Kind: ConstantKind.False } => "False",
        Constant { Kind: ConstantKind.Ellipsis } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
