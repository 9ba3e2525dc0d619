#!/usr/bin/env bash
# Adds one EF Core migration with the same name to every module context on every provider:
#   scripts/add-migration.sh <MigrationName> [Module ...]
# Modules default to every module that has a Persistence/*DbContext.cs. Runs offline (design-time
# factories need no server). Also used by CI (with --check) to prove no model change lacks a migration.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName> [Module ...]}
shift
modules=("$@")
if [[ ${#modules[@]} -eq 0 ]]; then
  for f in Modules/*/SmartRoom.Modules.*/Persistence/*DbContext.cs; do
    modules+=("$(basename "$(dirname "$(dirname "$f")")" | sed 's/^SmartRoom\.Modules\.//')")
  done
fi
dotnet tool restore >/dev/null
for module in "${modules[@]}"; do
  project="Modules/$module/SmartRoom.Modules.$module"
  dotnet build "$project" -v q -nologo >/dev/null
  for provider in Sqlite Postgres SqlServer; do
    echo "== $module / $provider: $name"
    dotnet ef migrations add "$name" \
      --no-build \
      --project "$project" --startup-project "$project" \
      --context "${module}${provider}DbContext" \
      --output-dir "Persistence/Migrations/$provider" \
      --namespace "SmartRoom.Modules.$module.Persistence.Migrations.$provider"
    # Migrations are module internals like everything else (EF finds non-public migrations).
    sed -i 's/^    public partial class /    internal partial class /' "$project/Persistence/Migrations/$provider/"*_"$name".cs
  done
done
