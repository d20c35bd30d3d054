using Pycc.Syntax;

namespace Pycc.Compiler;

/// <summary>An error in the Python program found at compile time, reported like CPython's SyntaxError.</summary>
public sealed class CompileError : Exception
{
    public string FileName { get; }
    public int Line { get; }
    public int Column { get; }
    public string Kind { get; }
    public string? SourceLine { get; init; }

    public CompileError(string fileName, int line, int column, string message, string kind = "SyntaxError") : base(message)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Kind = kind;
    }

    public static CompileError From(PythonSyntaxError e) =>
        new(e.FileName, e.Line, e.Column, e.Msg, e.Kind) { SourceLine = e.SourceLine, Original = e };

    public PythonSyntaxError? Original { get; private init; }

    /// <summary>CPython's presentation: location, source line with a caret, then `Kind: message`.</summary>
    public string Format()
    {
        if (Original != null) return Original.Format();
        var text = $"  File \"{FileName}\", line {Line}\n";
        if (SourceLine != null)
        {
            var stripped = SourceLine.TrimStart();
            int removed = SourceLine.Length - stripped.Length;
            text += "    " + stripped.TrimEnd() + "\n";
            text += "    " + new string(' ', Math.Max(0, Column - 1 - removed)) + "^\n";
        }
        return text + $"{Kind}: {Message}";
    }

    /// <summary>
    /// The canonical error line of MSBuild and most IDEs and CI systems,
    /// `file.py(line,col): error PY0001: SyntaxError: message`; the code tells the kind.
    /// </summary>
    public string FormatForMsBuild() =>
        $"{Path.GetFullPath(FileName)}({Line},{Math.Max(1, Column)}): error {DiagnosticCode}: {Kind}: {Message}";

    public string DiagnosticCode => Kind switch
    {
        "SyntaxError" => "PY0001",
        "IndentationError" => "PY0002",
        "TabError" => "PY0003",
        _ => "PY0100",
    };
}
