#!/usr/bin/env bash
# Adds one EF Core migration with the same name to every module context on every provider:
#   scripts/add-migration.sh <MigrationName> [Module ...]
# Modules default to every module that has a Persistence/*DbContext.cs; 'Platform' names the
# platform's own context in BuildingBlocks. Runs offline (design-time
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
  out="Persistence/Migrations"
  namespace="SmartRoom.Modules.$module.Persistence.Migrations"
  if [[ "$module" == Platform ]]; then
    # The platform's own context (the key ring) lives in BuildingBlocks.
    project="BuildingBlocks/SmartRoom.BuildingBlocks"
    out="Persistence/Migrations/Platform"
    namespace="SmartRoom.BuildingBlocks.Persistence.Migrations.Platform"
  fi
  dotnet build "$project" -v q -nologo >/dev/null
  for provider in Sqlite Postgres SqlServer; do
    echo "== $module / $provider: $name"
    dotnet ef migrations add "$name" \
      --no-build \
      --project "$project" --startup-project "$project" \
      --context "${module}${provider}DbContext" \
      --output-dir "$out/$provider" \
      --namespace "$namespace.$provider"
    # Migrations are module internals like everything else (EF finds non-public migrations).
    sed -i 's/^    public partial class /    internal partial class /' "$project/$out/$provider/"*_"$name".cs
  done
done
