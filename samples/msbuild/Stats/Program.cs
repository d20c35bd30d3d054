using Pycc.Hosting;

// The Python modules of this project were compiled into Stats.Python.dll, which the build
// references: PyccProgram is the class pycc generates in it.
using var runtime = PythonProgram.FromAssembly(typeof(PyccProgram).Assembly).CreateRuntime();
var stats = runtime.Import("stats");

double mean = stats.Call<double>("mean", new[] { 1.0, 2.5, 4.0 });
Console.WriteLine($"mean = {mean}");

const string text = "the quick brown fox jumps over the lazy dog; the dog sleeps";
var top = stats.Get("top")!.Call(new object?[] { text }, new Dictionary<string, object?> { ["n"] = 2 }).As<IReadOnlyList<string>>();
Console.WriteLine("top words: " + string.Join(", ", top));

dynamic dyn = stats;
IReadOnlyDictionary<string, long> counts = dyn.word_counts(text);
Console.WriteLine($"'dog' occurs {counts["dog"]} times");
