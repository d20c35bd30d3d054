using System.Text.Json.Serialization;

namespace Pycc.Perf;

public sealed record VariantRun(string Name, Measurement Result, double? RatioToDefault);

public sealed record ProgramResult(string Name, [property: JsonPropertyName("cpython")] Measurement? CPython, Measurement Pycc, double? Speedup, IReadOnlyList<VariantRun> Variants)
{
    public static ProgramResult From(string name, IReadOnlyList<Target> targets)
    {
        var cpython = targets.FirstOrDefault(t => t.Name == Bench.CPython)?.Result;
        var pycc = targets.Single(t => t.Name == Bench.DefaultBuild).Result;
        var variants = targets.Where(t => t.Name is not (Bench.CPython or Bench.DefaultBuild))
            .Select(t => new VariantRun(t.Name, t.Result, Ratio(t.Result, pycc)))
            .ToList();
        return new ProgramResult(name, cpython, pycc, cpython is null ? null : Ratio(cpython, pycc), variants);
    }

    /// <summary>Every build of the program by name, CPython included when it ran.</summary>
    public IEnumerable<(string Name, Measurement Result)> Builds()
    {
        if (CPython is not null)
            yield return (Bench.CPython, CPython);
        yield return (Bench.DefaultBuild, Pycc);
        foreach (var v in Variants)
            yield return (v.Name, v.Result);
    }

    /// <summary>Ratio of medians, only when both sides ran and printed the reference output.</summary>
    private static double? Ratio(Measurement numerator, Measurement denominator) =>
        numerator.Usable && denominator.Usable ? numerator.MedianSeconds / denominator.MedianSeconds : null;
}

public sealed record VariantSummary(string Name, string PyccArgs, int Programs, double? GeomeanCostPercent);

public sealed record StartupResult(string Program, Measurement Pycc, [property: JsonPropertyName("cpython")] Measurement? CPython);

public sealed record CompileTimeResult(int Lines, Measurement Compile);

public sealed record Machine(string Os, int Cpus, string HarnessRuntime, string? Python);

public sealed record Report(
    DateTimeOffset Started,
    Machine Machine,
    int Runs,
    string Compiler,
    string Runner,
    IReadOnlyList<ProgramResult> Programs,
    StartupResult Startup,
    CompileTimeResult CompileTime)
{
    public bool HasCPython => Programs.Any(p => p.CPython is not null);

    public double? GeomeanSpeedup => Stats.GeometricMean(Programs.Select(p => p.Speedup).OfType<double>());

    public int ProgramsInGeomean => Programs.Count(p => p.Speedup is not null);

    public IReadOnlyList<string> SlowerThanCPython => [.. Programs.Where(p => p.Speedup < 1).Select(p => p.Name)];

    public IReadOnlyList<VariantSummary> Variants { get; init; } = [];

    /// <summary>Geometric-mean cost of each variant: geomean(variant time / default time) − 1.</summary>
    public static IReadOnlyList<VariantSummary> SummariseVariants(IEnumerable<Variant> variants, IReadOnlyList<ProgramResult> programs) =>
        [.. variants.Select(v =>
        {
            var ratios = programs.SelectMany(p => p.Variants).Where(r => r.Name == v.Name)
                .Select(r => r.RatioToDefault).OfType<double>().ToList();
            double? cost = Stats.GeometricMean(ratios) is double g ? (g - 1) * 100 : null;
            return new VariantSummary(v.Name, string.Join(' ', v.PyccArgs), ratios.Count, cost);
        })];
}
