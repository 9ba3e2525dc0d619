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
        var admin = await App.AdminAsync();
        var anonymous = App.CreateClient();
        var answers = new (string What, HttpResponseMessage Response, string MediaType)[]
        {
            ("an API JSON answer", await admin.GetAsync("/api/me"), "application/json"),
            ("a problem answer", await anonymous.GetAsync("/api/no-such-thing"), "application/problem+json"),
            ("the OpenAPI document", await anonymous.GetAsync("/openapi/v1.json"), "application/json"),
            ("the API reference page", await anonymous.GetAsync("/scalar"), "text/html"),
            ("the liveness probe", await anonymous.GetAsync("/health/live"), "text/plain"),
        };

        foreach (var (what, response, mediaType) in answers)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe(mediaType, what);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], what);
            response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"], what);
            response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"], what);
        }

        foreach (var (what, response, _) in answers.Take(2))
        {
            response.Headers.GetValues("Content-Security-Policy").ShouldBe(["default-src 'none'; frame-ancestors 'none'"], what);
            response.Headers.CacheControl!.NoStore.ShouldBeTrue(what);
        }
    }
}
