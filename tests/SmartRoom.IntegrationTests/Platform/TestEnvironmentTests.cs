using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using Wolverine.Runtime;
using Xunit.Abstractions;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>The suite runs where CI says it runs: the database engine and the culture and time zone of the leg.</summary>
public sealed class TestEnvironmentTests(SmartRoomApp app, ITestOutputHelper output) : AppTest(app)
{
    public const string ExpectCultureVariable = "SMARTROOM_TEST_EXPECT_CULTURE";
    public const string ExpectTimeZoneVariable = "SMARTROOM_TEST_EXPECT_TIMEZONE";

    [Fact]
    public async Task The_host_runs_on_PostgreSQL_exactly_when_a_server_is_given()
    {
        var postgres = TestDatabase.OnPostgres;
        output.WriteLine($"{TestDatabase.PostgresVariable} is {(postgres ? "set" : "not set")}");

        App.Database.Provider.ShouldBe(postgres ? "Postgres" : "Sqlite");
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRoom.Modules.Notifications.Persistence.NotificationsDbContext>();
        db.Database.ProviderName.ShouldBe(postgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite");
        (await db.Database.CanConnectAsync()).ShouldBeTrue();
        App.Services.GetRequiredService<IWolverineRuntime>().Storage.GetType().Name
            .ShouldStartWith(postgres ? "Postgresql" : "Sqlite", Case.Insensitive);
        App.Services.GetRequiredService<JobStorage>().GetType().Name.ShouldBe(postgres ? "PostgreSqlStorage" : "InMemoryStorage");
    }

    [Fact]
    public void The_culture_and_time_zone_are_the_ones_the_leg_sets()
    {
        var culture = CultureInfo.CurrentCulture;
        var zone = TimeZoneInfo.Local;
        output.WriteLine($"culture {culture.Name}, UI culture {CultureInfo.CurrentUICulture.Name}, time zone {zone.Id} ({zone.BaseUtcOffset})");

        // Globalization is on (ICU present, not the invariant mode): a named culture has its own formats.
        CultureInfo.GetCultureInfo("de-DE").NumberFormat.NumberDecimalSeparator.ShouldBe(",");
        if (Environment.GetEnvironmentVariable(ExpectCultureVariable) is { Length: > 0 } expectedCulture)
        {
            culture.Name.ShouldBe(expectedCulture);
        }

        if (Environment.GetEnvironmentVariable(ExpectTimeZoneVariable) is { Length: > 0 } expectedZone)
        {
            zone.Id.ShouldBe(expectedZone);
            zone.BaseUtcOffset.ShouldNotBe(TimeSpan.Zero);
        }
    }
}
