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
case "$verb" in
  build)  dotnet build pycc.sln -c Release "$@" ;;
  test)   dotnet build pycc.sln -c Release && dotnet test pycc.sln -c Release --no-build "$@" ;;
  sample) dotnet build pycc.sln -c Release
          dotnet compiler/Pycc.Cli/bin/Release/net10.0/pycc.dll samples/hello/hello.py -o out/hello/hello.dll
          dotnet out/hello/hello.dll ;;
  pack)   dotnet pack pycc.sln -c Release -o artifacts/packages "$@" ;;
  bench)  dotnet build pycc.sln -c Release
          dotnet run --project perf/Pycc.Perf -c Release -- "$@" ;;
  *) echo "usage: build.sh [build|test|sample|pack|bench] [dotnet args...]" >&2; exit 2 ;;
esac
