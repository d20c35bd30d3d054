using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pycc.Perf;

/// <summary>Renders a <see cref="Report"/> as a console table, Markdown or JSON; the rows and
/// summary lines are built once and shared by the text and Markdown forms.</summary>
public static class ReportWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string ToJson(Report report) => JsonSerializer.Serialize(report, JsonOptions);

    public static string ToText(Report report)
    {
        var (headers, rows) = Table(report);
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ",
            cells.Select((c, i) => i == 0 || i == cells.Count - 1 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
        var sb = new StringBuilder();
        sb.AppendLine(Line(headers));
        sb.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
            sb.AppendLine(Line(row));
        sb.AppendLine();
        foreach (var line in Summary(report))
            sb.AppendLine(line);
        return sb.ToString();
    }

    public static string ToMarkdown(Report report)
    {
        var (headers, rows) = Table(report);
        var sb = new StringBuilder();
        sb.AppendLine($"pycc-perf, {report.Started:yyyy-MM-dd HH:mm} UTC, {report.Runs} runs per build, " +
                      $"{report.Machine.Cpus} CPUs, {report.Machine.Os}, {report.Machine.Python ?? "no CPython"}");
        sb.AppendLine();
        sb.AppendLine("| " + string.Join(" | ", headers) + " |");
        sb.AppendLine("|" + string.Join("|", headers.Select((_, i) => i == 0 || i == headers.Count - 1 ? "---" : "---:")) + "|");
        foreach (var row in rows)
            sb.AppendLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|"))) + " |");
        sb.AppendLine();
        foreach (var line in Summary(report))
            sb.AppendLine("- " + line.TrimStart());
        return sb.ToString();
    }

    private static (List<string> Headers, List<string[]> Rows) Table(Report report)
    {
        var headers = new List<string> { "program", "CPython", "pycc", "speed-up", "compile" };
        foreach (var v in report.Variants)
            headers.AddRange([v.Name, "ratio"]);
        headers.Add("status");

        var rows = report.Programs.Select(p =>
        {
            var cells = new List<string>
            {
                p.Name,
                p.CPython is null ? "-" : Time(p.CPython),
                Time(p.Pycc),
                p.Speedup is double s ? Ratio(s) : "-",
                Seconds(p.Pycc.CompileSeconds),
            };
            foreach (var v in p.Variants)
                cells.AddRange([Time(v.Result), v.RatioToDefault is double r ? Ratio(r) : "-"]);
            var problems = p.Builds().Where(b => b.Result.Status != Status.Ok)
                .Select(b => $"{b.Name} {StatusText(b.Result.Status)}");
            cells.Add(string.Join(", ", problems.DefaultIfEmpty("ok")));
            return cells.ToArray();
        }).ToList();
        return (headers, rows);
    }

    private static IEnumerable<string> Summary(Report report)
    {
        if (!report.HasCPython)
            yield return "CPython not run: no speed-ups.";
        else
        {
            string slower = report.SlowerThanCPython.Count == 0 ? "none" : string.Join(", ", report.SlowerThanCPython);
            yield return $"Geometric-mean speed-up (CPython time / pycc time) over {report.ProgramsInGeomean} of " +
                         $"{report.Programs.Count} programs: {Ratio(report.GeomeanSpeedup)} (budget: >= 2x); " +
                         $"slower than CPython: {slower}.";
        }
        foreach (var v in report.Variants)
            yield return $"Variant {v.Name} ({(v.PyccArgs.Length > 0 ? v.PyccArgs : "no extra arguments")}): geometric-mean cost {Percent(v.GeomeanCostPercent)} " +
                         $"(variant time / default time - 1) over {v.Programs} programs.";
        var st = report.Startup;
        yield return $"Start-up, {st.Program}: pycc {Milliseconds(st.Pycc)} (budget: <= 60 ms)" +
                     (st.CPython is null ? "" : $", CPython {Milliseconds(st.CPython)}") + ".";
        var ct = report.CompileTime;
        yield return $"Cold compile, generated {ct.Lines:N0}-line module: {Seconds(ct.Compile.CompileSeconds)}" +
                     (ct.Compile.Status == Status.Ok ? "" : $" {StatusText(ct.Compile.Status)}") + " (budget: <= 3 s).";
        foreach (var note in Notes(report))
            yield return "  " + note;
    }

    /// <summary>One line per build that did not finish with the reference output, saying why.</summary>
    private static IEnumerable<string> Notes(Report report)
    {
        var all = report.Programs.SelectMany(p => p.Builds().Select(b => (p.Name, b.Name, (Measurement?)b.Result)));
        all = all.Append((report.Startup.Program, Bench.DefaultBuild, report.Startup.Pycc))
            .Append((report.Startup.Program, Bench.CPython, report.Startup.CPython))
            .Append(($"{report.CompileTime.Lines}-line module", Bench.DefaultBuild, report.CompileTime.Compile));
        foreach (var (program, build, m) in all)
            if (m is { Status: not Status.Ok })
                yield return $"{program} [{build}] {StatusText(m.Status)}: {m.Detail}";
    }

    private static string StatusText(Status status) => status switch
    {
        Status.Mismatch => "MISMATCH",
        Status.CompileError => "COMPILE ERROR",
        Status.Failed => "FAILED",
        Status.Timeout => "TIMEOUT",
        _ => "ok",
    };

    private static string Time(Measurement m) => m.MedianSeconds is double s ? s.ToString("0.000", Inv) + " s" : "-";
    private static string Seconds(double? s) => s is double v ? v.ToString("0.00", Inv) + " s" : "-";
    private static string Milliseconds(Measurement m) => m.MedianSeconds is double s ? (s * 1000).ToString("0.0", Inv) + " ms" : StatusText(m.Status);
    private static string Ratio(double? r) => r is double v ? v.ToString("0.00", Inv) + "x" : "-";
    private static string Percent(double? p) => p is double v ? v.ToString("+0.0;-0.0;0.0", Inv) + "%" : "-";
}
