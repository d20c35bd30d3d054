using System.Diagnostics;

namespace Pycc.Perf;

/// <summary>A program and its arguments, kept as a list so that paths with spaces survive.</summary>
public sealed record Command(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Splits an environment-variable command on whitespace (no quoting).</summary>
    public static Command Parse(string text)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            throw new SetupException($"empty command '{text}'");
        return new Command(parts[0], parts[1..]);
    }

    public Command Append(params IEnumerable<string> more) => new(FileName, [.. Arguments, .. more]);

    public override string ToString() =>
        string.Join(' ', new[] { FileName }.Concat(Arguments).Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
}

public sealed record RunResult(int ExitCode, string Stdout, string Stderr, double Seconds, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The end of stderr (or of stdout, for tools that report there), which is where
    /// compilers and tracebacks put the cause.</summary>
    public string ErrorTail(int lines = 3)
    {
        string output = string.IsNullOrWhiteSpace(Stderr) ? Stdout : Stderr;
        var text = output.Trim().Split('\n').TakeLast(lines);
        return string.Join(" | ", text.Select(l => l.TrimEnd()));
    }
}

public sealed class HarnessException(string message) : Exception(message);

public static class Processes
{
    /// <summary>Runs a command to completion, timing it from start to exit (process start-up included,
    /// as a user of `dotnet prog.dll` pays it too).</summary>
    public static RunResult Run(Command command, TimeSpan timeout, string workingDirectory)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in command.Arguments)
            info.ArgumentList.Add(arg);

        Process process;
        var clock = Stopwatch.StartNew();
        try
        {
            process = Process.Start(info) ?? throw new HarnessException($"could not start {command}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new HarnessException($"could not start {command}: {e.Message}");
        }
        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            bool exited = process.WaitForExit(timeout);
            clock.Stop();
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            return new RunResult(exited ? process.ExitCode : -1, stdout.Result, stderr.Result,
                clock.Elapsed.TotalSeconds, !exited);
        }
    }
}
