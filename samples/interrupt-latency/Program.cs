// Measures how long a running Python execution takes to stop after a host asks it to:
// for each shape of shapes.py, the time from ctx.Interrupt() on this thread to the
// KeyboardInterrupt reaching the host on the Python thread (median of several trials).
//
//   dotnet run --project samples/interrupt-latency -c Release [-- --trials N] [shape...]
using System.Diagnostics;
using System.Reflection;
using Pycc.Compiler;
using Pycc.Runtime;

int trials = 7;
var only = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--trials") trials = int.Parse(args[++i]);
    else only.Add(args[i]);
}

var shapesPy = Path.Combine(AppContext.BaseDirectory, "shapes.py");
var outDir = Path.Combine(Path.GetTempPath(), "pycc-interrupt-latency-" + Environment.ProcessId);
var compiled = Pipeline.Compile(shapesPy, Path.Combine(outDir, "shapes.dll"), new CompilerOptions());
var modules = (CompiledModule[])Assembly.LoadFrom(compiled.AssemblyPath).GetType("PyccProgram")!.GetField("Modules")!.GetValue(null)!;
Pycc.Stdlib.StdlibModules.Register();

// input() waits on a reader that never answers, as on a terminal nobody types into.
var runtime = new PyRuntime(modules, argv: new[] { shapesPy }, stdout: TextWriter.Null, stdin: new NeverReader());
var ctx = runtime.MainContext;
var ready = new SemaphoreSlim(0);
var readyFn = new PyBuiltin("ready", null) { F0 = (_, _) => { ready.Release(); return PyNone.Instance; } };

PyModule main = null!;
var work = new BlockingQueueOfShapes();
long caughtAt = 0;
string? failure = null;
var done = new SemaphoreSlim(0);
// Python runs on its own thread with a large stack, as compiled programs do.
var python = new Thread(() =>
{
    main = ctx.Run(ExecutionLimits.None, c => runtime.Import(c, "__main__"));
    var run = main.Get("run")!;
    done.Release();
    while (work.Take() is { } shape)
    {
        try
        {
            ctx.Call(ExecutionLimits.None, run, new PyStr(shape), readyFn);
            failure = "finished before the interrupt";
        }
        catch (PyException e) when (e.Value.Type == TypeObjects.KeyboardInterrupt)
        {
            caughtAt = Stopwatch.GetTimestamp();
        }
        catch (PyException e)
        {
            failure = e.Value.Type.Name;
        }
        done.Release();
    }
}, 256 * 1024 * 1024) { IsBackground = true };
python.Start();
done.Wait();

var shapes = ((PyDict)main.Get("SHAPES")!).Keys().Select(k => ((PyStr)k).Value)
    .Where(s => only.Count == 0 || only.Contains(s)).ToList();
foreach (var shape in shapes)
{
    var samples = new List<double>();
    // big-int arithmetic is interruptible only between multiplications: one trial is enough to show it.
    int n = shape == "big_int" ? 1 : trials;
    for (int t = 0; t < n && failure == null; t++)
    {
        // Each trial starts from a clean heap, so it does not pay for the previous shape's garbage.
        GC.Collect();
        work.Add(shape);
        ready.Wait();
        Thread.Sleep(20);   // let the shape get going
        long requested = Stopwatch.GetTimestamp();
        ctx.Interrupt();
        done.Wait();
        if (failure == null) samples.Add(Stopwatch.GetElapsedTime(requested, caughtAt).TotalMilliseconds);
    }
    if (failure != null)
    {
        Console.WriteLine($"interrupt latency {shape}: failed ({failure})");
        failure = null;
        continue;
    }
    samples.Sort();
    Console.WriteLine($"interrupt latency {shape}: {samples[samples.Count / 2]:0.000} ms");
}
work.Add(null);
return 0;

sealed class NeverReader : TextReader
{
    public override string? ReadLine()
    {
        Thread.Sleep(Timeout.Infinite);
        return null;
    }
}

sealed class BlockingQueueOfShapes
{
    private readonly System.Collections.Concurrent.BlockingCollection<string?> _queue = new();
    public void Add(string? shape) => _queue.Add(shape);
    public string? Take() => _queue.Take();
}
