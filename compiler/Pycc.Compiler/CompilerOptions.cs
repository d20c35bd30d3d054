namespace Pycc.Compiler;

/// <summary>Switches that change the generated code.</summary>
public sealed record CompilerOptions
{
    /// <summary>Emit interrupt safepoints at loop back-edges and function entries (off only to measure their cost).</summary>
    public bool Safepoints { get; init; } = true;
    /// <summary>Like `python -O`: drop assert statements.</summary>
    public bool Optimize { get; init; }
    /// <summary>Write the generated C# here (the first debugging tool).</summary>
    public string? EmitCsDirectory { get; init; }
    /// <summary>Compile the script as a module named after its file (for hosts to import), not as `__main__`.</summary>
    public bool Library { get; init; }
}
