using System.Reflection;
using JasperFx.CodeGeneration;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.ErrorHandling;
using Wolverine.Postgresql;
using Wolverine.Sqlite;
using Wolverine.Util;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.BuildingBlocks.Messaging;

/// <summary>
/// Wolverine for messages between modules: durable local queues, the EF Core outbox, message storage on
/// the configured database, one queue per subscriber, pre-generated handler code outside development.
/// </summary>
public static class MessagingSetup
{
    public const string WolverineSchema = "wolverine";

    public static void Configure(WolverineOptions opts, DatabaseOptions database, IEnumerable<Assembly> moduleAssemblies, bool dynamicCodeAllowed)
    {
        opts.ServiceName = "SmartRoom";
        WolverineMessageNaming.InsertFirst<MessageIdentityNaming>();
        foreach (var assembly in moduleAssemblies)
        {
            // Without this a module's handlers are not found and its messages are dropped silently.
            opts.Discovery.IncludeAssembly(assembly);
        }

        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                // SQLite reads a schema name as an attached database: the tables go in the main file.
                opts.PersistMessagesWithSqlite(database.ConnectionString);
                // A single process owns the file; Solo resumes its own stranded messages after a crash in seconds.
                opts.Durability.Mode = DurabilityMode.Solo;
                break;
            case DatabaseProvider.Postgres:
                opts.PersistMessagesWithPostgresql(database.ConnectionString, WolverineSchema);
                break;
            case DatabaseProvider.SqlServer:
                // WolverineFx.SqlServer is not available to this build (docs/adr/0006): with it, this line becomes
                // opts.PersistMessagesWithSqlServer(database.ConnectionString, WolverineSchema);
                throw new NotSupportedException(
                    "Durable messaging on SQL Server needs the WolverineFx.SqlServer package; see docs/adr/0006-wolverine-on-sql-server.md.");
        }

        opts.UseEntityFrameworkCoreTransactions();
        opts.Policies.UseDurableLocalQueues();
        opts.Policies.UseDurableInboxOnAllListeners();
        opts.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;

        // Subscribers are idempotent, so at-least-once with retries is safe; after the last try a message
        // goes to the dead-letter table (never lost) and is visible there.
        opts.Policies.OnAnyException()
            .RetryWithCooldown(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5))
            .Then.ScheduleRetry(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10))
            .Then.MoveToErrorQueue();

        // Adapters hand over to the module's own pipeline; Mediator's sender is built by a factory.
        opts.CodeGeneration.AlwaysUseServiceLocationFor<Mediator.ISender>();
        opts.CodeGeneration.TypeLoadMode = dynamicCodeAllowed ? TypeLoadMode.Auto : TypeLoadMode.Static;
    }
}
