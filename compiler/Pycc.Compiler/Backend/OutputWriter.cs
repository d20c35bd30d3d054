namespace Pycc.Compiler.Backend;

/// <summary>Writes everything `dotnet app.dll` needs: the assembly, its PDB, a runtimeconfig and the pycc runtime.</summary>
public static class OutputWriter
{
    public static void Write(string dir, string name, byte[] assembly, byte[] pdb, IEnumerable<RuntimeLibrary> libraries)
    {
        File.WriteAllBytes(Path.Combine(dir, name + ".dll"), assembly);
        File.WriteAllBytes(Path.Combine(dir, name + ".pdb"), pdb);
        File.WriteAllText(Path.Combine(dir, name + ".runtimeconfig.json"), RuntimeConfig());
        foreach (var library in libraries)
        {
            var path = ReadyToRunOrIl(library.AssemblyPath);
            CopyIfNewer(path, Path.Combine(dir, Path.GetFileName(path)));
            // The PDB of the same build: tracebacks through library code need its line mapping.
            var asmPdb = Path.ChangeExtension(path, ".pdb");
            if (File.Exists(asmPdb)) CopyIfNewer(asmPdb, Path.Combine(dir, Path.GetFileName(asmPdb)));
        }
    }

    /// <summary>
    /// The ReadyToRun (precompiled) build of a runtime assembly when `build.sh` made one beside
    /// the compiler (an `r2r` folder beside the IL assembly) and it is not older than the IL
    /// build: it halves program start-up.
    /// </summary>
    private static string ReadyToRunOrIl(string ilPath)
    {
        var r2r = Path.Combine(Path.GetDirectoryName(ilPath)!, "r2r", Path.GetFileName(ilPath));
        return File.Exists(r2r) && File.GetLastWriteTimeUtc(r2r) >= File.GetLastWriteTimeUtc(ilPath) ? r2r : ilPath;
    }

    private static void CopyIfNewer(string from, string to)
    {
        if (File.Exists(to) && File.GetLastWriteTimeUtc(to) >= File.GetLastWriteTimeUtc(from) && new FileInfo(to).Length == new FileInfo(from).Length) return;
        File.Copy(from, to, overwrite: true);
    }

    /// <summary>
    /// Runs on the installed shared framework; invariant globalization (Python's str is not
    /// culture-aware). Methods with loops are compiled optimized at once rather than replaced on
    /// the stack later (OSR): Python programs spend their time in such loops, and OSR frames
    /// lose the line mapping that tracebacks need.
    /// </summary>
    private static string RuntimeConfig()
    {
        var version = Environment.Version;
        return $$"""
        {
          "runtimeOptions": {
            "tfm": "net{{version.Major}}.{{version.Minor}}",
            "framework": { "name": "Microsoft.NETCore.App", "version": "{{version.Major}}.{{version.Minor}}.0" },
            "configProperties": {
              "System.Globalization.Invariant": true,
              "System.GC.Concurrent": false,
              "System.GC.LOHThreshold": 16777216,
              "System.Runtime.TieredPGO": true,
              "System.Runtime.TieredCompilation.CallCountingDelayMs": 0,
              "System.Runtime.TieredCompilation.QuickJitForLoops": false
            }
          }
        }
        """;
    }
}
