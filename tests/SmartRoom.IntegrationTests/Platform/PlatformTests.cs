using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

public sealed class PlatformTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Liveness_and_readiness_answer_200_once_migrations_are_applied()
    {
        var client = App.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Readiness_fails_when_a_module_schema_is_behind_its_migrations()
    {
        var history = App.Database.Provider == "Sqlite" ? "\"notifications___EFMigrationsHistory\"" : "notifications.\"__EFMigrationsHistory\"";
        await App.Database.ExecuteAsync($"DELETE FROM {history}");
        try
        {
            var ready = await App.CreateClient().GetAsync("/health/ready");

            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SmartRoom.Modules.Notifications.Persistence.NotificationsDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            foreach (var id in migrations)
            {
                await App.Database.ExecuteAsync(
                    $"INSERT INTO {history} (\"MigrationId\", \"ProductVersion\") VALUES ('{id}', '10.0.15')");
            }
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_and_the_API_reference_are_served()
    {
        var client = App.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        document.GetProperty("paths").TryGetProperty("/api/identity/register", out _).ShouldBeTrue();
        document.GetProperty("paths").TryGetProperty("/api/me", out _).ShouldBeTrue();

        var scalar = await client.GetAsync("/scalar");
        scalar.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scalar.Content.ReadAsStringAsync()).ShouldContain("openapi/v1.json");
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem()
    {
        var response = await App.CreateClient().GetAsync("/api/no-such-thing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task Api_answers_carry_security_headers()
    {
        var response = await App.CreateClient().GetAsync("/health/live");

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }
}
