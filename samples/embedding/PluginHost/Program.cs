using Pycc.Hosting;

// Each plugin is a Python module compiled by pycc into its own assembly, with a function
// `run(text: str) -> str`. Every plugin gets its own runtime: plugins share no Python state,
// their output is captured, and a plugin that runs too long is interrupted.
var pluginDir = Path.Combine(AppContext.BaseDirectory, "plugins");
var input = args.Length > 0 ? string.Join(' ', args) : "twenty one pilots";
var timeLimit = TimeSpan.FromSeconds(1);

foreach (var path in Directory.GetFiles(pluginDir, "*.dll").Where(IsPlugin).Order())
{
    var name = Path.GetFileNameWithoutExtension(path);
    var output = new StringWriter();
    using var runtime = PythonProgram.Load(path).CreateRuntime(new PythonRuntimeOptions { Stdout = output });
    // The watchdog interrupts the plugin from a timer thread; the call then ends with KeyboardInterrupt.
    using var watchdog = new Timer(_ => runtime.Interrupt(), null, timeLimit, Timeout.InfiniteTimeSpan);
    try
    {
        var plugin = runtime.Import(name);
        var first = plugin.Call<string>("run", input);
        var second = plugin.Call<string>("run", input);
        Console.WriteLine($"{name,-10} {first}  |  {second}");
    }
    catch (PythonException e) when (e.PythonType == "KeyboardInterrupt")
    {
        Console.WriteLine($"{name,-10} stopped after {timeLimit.TotalSeconds} s");
    }
    catch (PythonException e)
    {
        Console.WriteLine($"{name,-10} failed: {e.PythonType}: {e.PythonMessage}");
        Console.WriteLine(string.Join('\n', e.PythonTraceback.TrimEnd().Split('\n').Select(l => "           " + l)));
    }
    if (output.ToString().Length > 0) Console.WriteLine($"{"",-10} (printed: {output.ToString().Trim()})");
}

// The plugins directory also holds the runtime assemblies pycc copies beside each plugin.
static bool IsPlugin(string path) => !Path.GetFileName(path).StartsWith("Pycc.", StringComparison.Ordinal);
