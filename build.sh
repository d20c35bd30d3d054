#!/usr/bin/env bash
# Thin wrapper over dotnet; same verbs as build.ps1.
#   ./build.sh build    build everything (Release)
#   ./build.sh test     build and run every test project (conformance suite included)
#   ./build.sh sample   build, then compile and run samples/hello
#   ./build.sh pack     produce the NuGet packages in artifacts/packages
#   ./build.sh bench    run the perf runner (compares with python3 when present)
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
verb="${1:-build}"; shift || true

# The runtime assemblies precompiled (ReadyToRun) beside the compiler: compiled programs start
# twice as fast. Optional: the compiler falls back to the IL build without them.
readytorun() {
  local rid out=compiler/Pycc.Cli/bin/Release/net10.0/r2r
  case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
  [ "$(uname -s)" = Darwin ] && rid=osx-${rid#linux-}
  for p in runtime/Pycc.Runtime/Pycc.Runtime.csproj stdlib/Pycc.Stdlib/Pycc.Stdlib.csproj; do
    dotnet publish "$p" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" --nologo -v quiet \
      || echo "build.sh: ReadyToRun build of $p failed; programs will use the IL runtime" >&2
  done
}

case "$verb" in
  build)  dotnet build pycc.sln -c Release "$@" && readytorun ;;
  test)   dotnet build pycc.sln -c Release && dotnet test pycc.sln -c Release --no-build "$@" ;;
  sample) dotnet build pycc.sln -c Release && readytorun
          dotnet compiler/Pycc.Cli/bin/Release/net10.0/pycc.dll samples/hello/hello.py -o out/hello/hello.dll
          dotnet out/hello/hello.dll ;;
  pack)   dotnet pack pycc.sln -c Release -o artifacts/packages "$@" ;;
  bench)  dotnet build pycc.sln -c Release && readytorun
          dotnet run --project perf/Pycc.Perf -c Release -- "$@" ;;
  *) echo "usage: build.sh [build|test|sample|pack|bench] [dotnet args...]" >&2; exit 2 ;;
esac
