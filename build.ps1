# Thin wrapper over dotnet; same verbs as build.sh (build, test, sample, pack, bench).
param([string]$Verb = "build", [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"; $env:DOTNET_NOLOGO = "1"
function Run([string[]]$a) { & dotnet @a; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE } }
switch ($Verb) {
  "build"  { Run (@("build", "pycc.sln", "-c", "Release") + $Rest) }
  "test"   { Run @("build", "pycc.sln", "-c", "Release"); Run (@("test", "pycc.sln", "-c", "Release", "--no-build") + $Rest) }
  "sample" { Run @("build", "pycc.sln", "-c", "Release")
             Run @("compiler/Pycc.Cli/bin/Release/net10.0/pycc.dll", "samples/hello/hello.py", "-o", "out/hello/hello.dll")
             Run @("out/hello/hello.dll") }
  "pack"   { Run (@("pack", "pycc.sln", "-c", "Release", "-o", "artifacts/packages") + $Rest) }
  "bench"  { Run @("build", "pycc.sln", "-c", "Release"); Run (@("run", "--project", "perf/Pycc.Perf", "-c", "Release", "--") + $Rest) }
  default  { Write-Error "usage: build.ps1 [build|test|sample|pack|bench] [dotnet args...]"; exit 2 }
}
