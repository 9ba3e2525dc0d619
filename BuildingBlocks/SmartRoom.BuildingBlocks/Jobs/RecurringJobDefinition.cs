using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.BuildingBlocks.Jobs;

/// <summary>A job with a stable id and a cron schedule, registered by a module.</summary>
public sealed record RecurringJobDefinition(string Id, string Cron, Action<IRecurringJobManager, string> Register);
