# Thin wrapper over dotnet; same verbs as build.sh (build, test, sample, pack, bench).
param([string]$Verb = "build", [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"; $env:DOTNET_NOLOGO = "1"
function Run([string[]]$a) { & dotnet @a; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE } }
# The runtime assemblies precompiled (ReadyToRun) beside the compiler; optional (see build.sh).
function ReadyToRun {
  $rid = if ($IsLinux) { "linux-x64" } elseif ($IsMacOS) { "osx-x64" } else { "win-x64" }
  foreach ($p in @("runtime/Pycc.Runtime/Pycc.Runtime.csproj", "stdlib/Pycc.Stdlib/Pycc.Stdlib.csproj")) {
    & dotnet publish $p -c Release -r $rid --self-contained false -p:PublishReadyToRun=true -o compiler/Pycc.Cli/bin/Release/net10.0/r2r --nologo -v quiet
    if ($LASTEXITCODE -ne 0) { Write-Warning "ReadyToRun build of $p failed; programs will use the IL runtime" }
  }
}
switch ($Verb) {
  "build"  { Run (@("build", "pycc.sln", "-c", "Release") + $Rest); ReadyToRun }
  "test"   { Run @("build", "pycc.sln", "-c", "Release"); Run (@("test", "pycc.sln", "-c", "Release", "--no-build") + $Rest) }
  "sample" { Run @("build", "pycc.sln", "-c", "Release"); ReadyToRun
             Run @("compiler/Pycc.Cli/bin/Release/net10.0/pycc.dll", "samples/hello/hello.py", "-o", "out/hello/hello.dll")
             Run @("out/hello/hello.dll") }
  "pack"   { Run (@("pack", "pycc.sln", "-c", "Release", "-o", "artifacts/packages") + $Rest) }
  "bench"  { Run @("build", "pycc.sln", "-c", "Release"); ReadyToRun; Run (@("run", "--project", "perf/Pycc.Perf", "-c", "Release", "--") + $Rest) }
  default  { Write-Error "usage: build.ps1 [build|test|sample|pack|bench] [dotnet args...]"; exit 2 }
}
