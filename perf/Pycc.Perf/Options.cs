using System.Text.RegularExpressions;

namespace Pycc.Perf;

/// <summary>A build of the same programs with extra pycc arguments, compared with the default build.</summary>
public sealed record Variant(string Name, IReadOnlyList<string> PyccArgs);

public sealed partial class Options
{
    public const string Usage = """
        usage: pycc-perf [options] [PROGRAM...]

        Compiles perf/programs/*.py with pycc, runs each build and python3 several times,
        checks that the outputs agree and prints median times, speed-ups and geometric means.

          PROGRAM                 run only these programs (file name, with or without .py)
          --runs N                runs per program and build (default 5)
          --filter SUBSTR         run only programs whose name contains SUBSTR
          --no-python             do not run CPython (no speed-ups, no output check)
          --variant NAME=ARGS     also build with extra pycc arguments ARGS (space-separated)
                                  and report its time relative to the default build; repeatable
          --json FILE             write the results as JSON
          --markdown FILE         write the table as Markdown
          -h, --help              show this help

        environment:
          PYCC_PERF_COMPILER      compiler command instead of `dotnet <repo>/compiler/Pycc.Cli/bin/Release/net10.0/pycc.dll`
                                  (split on whitespace); called as: COMPILER prog.py -o OUT/prog.dll [ARGS]
          PYCC_PERF_RUNNER        command prefix that runs a compiled program (default `dotnet`;
                                  set it empty to execute the output file directly)
        """;

    public int Runs { get; private set; } = 5;
    public string? Filter { get; private set; }
    public bool NoPython { get; private set; }
    public List<Variant> Variants { get; } = [];
    public string? JsonPath { get; private set; }
    public string? MarkdownPath { get; private set; }
    public List<string> Programs { get; } = [];
    public bool Help { get; private set; }

    public static Options Parse(IReadOnlyList<string> args)
    {
        var options = new Options();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new SetupException($"{arg} needs a value");
            switch (arg)
            {
                case "-h" or "--help":
                    options.Help = true;
                    break;
                case "--runs":
                    options.Runs = int.TryParse(Value(), out int runs) && runs > 0
                        ? runs
                        : throw new SetupException("--runs needs a positive integer");
                    break;
                case "--filter":
                    options.Filter = Value();
                    break;
                case "--no-python":
                    options.NoPython = true;
                    break;
                case "--variant":
                    options.AddVariant(Value());
                    break;
                case "--json":
                    options.JsonPath = Path.GetFullPath(Value());
                    break;
                case "--markdown":
                    options.MarkdownPath = Path.GetFullPath(Value());
                    break;
                default:
                    if (arg.StartsWith('-'))
                        throw new SetupException($"unknown option {arg}");
                    options.Programs.Add(arg.EndsWith(".py") ? arg[..^3] : arg);
                    break;
            }
        }
        return options;
    }

    private void AddVariant(string spec)
    {
        int eq = spec.IndexOf('=');
        if (eq <= 0)
            throw new SetupException($"--variant expects NAME=PYCC_ARGS, got '{spec}'");
        string name = spec[..eq];
        // The name becomes a directory and a column header.
        if (!VariantName().IsMatch(name) || name == Bench.DefaultBuild || name == Bench.CPython)
            throw new SetupException($"invalid variant name '{name}' (letters, digits, - and _; not '{Bench.DefaultBuild}' or '{Bench.CPython}')");
        if (Variants.Any(v => v.Name == name))
            throw new SetupException($"variant '{name}' given twice");
        Variants.Add(new Variant(name, spec[(eq + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex VariantName();
}
