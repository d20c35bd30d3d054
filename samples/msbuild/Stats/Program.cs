using Pycc.Hosting;
using Stats;

// The Python modules of this project were compiled into Stats.Python.dll, which the build
// references (PyccProgram is the class pycc generates in it); StatsModule is the typed
// wrapper Pycc.Build generated from stats.py's annotations.
using var runtime = PythonProgram.FromAssembly(typeof(PyccProgram).Assembly).CreateRuntime();
var stats = new StatsModule(runtime);

double mean = stats.Mean(new[] { 1.0, 2.5, 4.0 });
Console.WriteLine($"mean = {mean}");

const string text = "the quick brown fox jumps over the lazy dog; the dog sleeps";
Console.WriteLine("top words: " + string.Join(", ", stats.Top(text, n: 2)));

StatsModule.Summary summary = stats.Summarize(new[] { 3.0, 9.5, 6.0 });
Console.WriteLine($"{summary.Count} values, largest {summary.Largest}");
Console.WriteLine(stats.Describe(summary, unit: "kg"));

// Unannotated code stays reachable through the dynamic view.
dynamic textutil = runtime.Import("textutil");
Console.WriteLine("words: " + textutil.words("Hello, world"));
