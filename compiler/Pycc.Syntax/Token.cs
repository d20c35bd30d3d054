namespace Pycc.Syntax;

public enum TokenKind : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    /// <summary>A character that starts no token (`$`, `?`, `!`, `<>`...): the parser
    /// reports "invalid syntax" when it reaches one.</summary>
    Unknown,
    /// <summary>Where the tokenizer failed; the token carries the error.</summary>
    Error,

    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual, Equal,
    Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, AtOp,
    LeftShift, RightShift, Amper, VBar, CircumFlex, Tilde,
    Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual,
    PlusEqual, MinEqual, StarEqual, DoubleStarEqual, SlashEqual, DoubleSlashEqual,
    PercentEqual, AtEqual, LeftShiftEqual, RightShiftEqual, AmperEqual, VBarEqual, CircumflexEqual,

    // Keywords (soft keywords `match`, `case` and `_` stay names).
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del,
    Elif, Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal,
    Not, Or, Pass, Raise, Return, Try, While, With, Yield,
}

/// <summary>
/// One token. Lines are 1-based, columns 0-based in UTF-16 units. INDENT, DEDENT and
/// ENDMARKER have no extent: their column is where the tokenizer stood when it made them,
/// which is where CPython reports errors found at them.
/// </summary>
public struct Token
{
    public TokenKind Kind;
    /// <summary>Offsets of the token's text in the (newline-normalized) source.</summary>
    public int Start, End;
    public int Line, Col, EndLine, EndCol;
    /// <summary>How many brackets are open after this token.</summary>
    public short Level;
    /// <summary>The identifier (NFKC-normalized) of a Name, the text of a Number.</summary>
    public string? Text;
    /// <summary>For an Error token: the error to raise when the parser reaches it.</summary>
    public PythonSyntaxError? Error;
    /// <summary>For an Error token: end of input inside brackets, which gives way to a
    /// parser error found earlier unless the bracket was opened on an earlier line.</summary>
    internal bool UnclosedAtEof;
    /// <summary>For an Error token: an error CPython's tokenizer leaves to its parser
    /// (indentation, line continuation), so a parser error found earlier wins.</summary>
    internal bool YieldsToParser;
    /// <summary>For an Error token that yields to the parser: the error for the bracket
    /// still open there, which wins over a parser error found on a later line.</summary>
    internal PythonSyntaxError? Unclosed;

    public override readonly string ToString() => $"{Kind} {Text} {Line}:{Col}-{EndLine}:{EndCol}";
}
