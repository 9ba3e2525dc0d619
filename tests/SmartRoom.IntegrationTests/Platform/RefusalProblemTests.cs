using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>
/// 401 and 403 answer the project's problem shape wherever the refusal comes from: the authentication
/// handlers, the authorization policies, or a request handler.
/// </summary>
public sealed class RefusalProblemTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Without_a_token_the_answer_is_the_unauthenticated_problem()
    {
        var response = await App.CreateClient().GetAsync("/api/me");

        await ShouldBeRefusalAsync(response, HttpStatusCode.Unauthorized, Error.Unauthenticated);
    }

    [Fact]
    public async Task A_garbage_token_is_refused_like_no_token()
    {
        var response = await App.ClientWithToken("not-a-token").GetAsync("/api/me");

        await ShouldBeRefusalAsync(response, HttpStatusCode.Unauthorized, Error.Unauthenticated);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
    }

    [Fact]
    public async Task An_expired_token_is_refused_like_no_token()
    {
        var user = await App.SignUpAsync();
        var client = App.ClientWithToken(user.Tokens.AccessToken);
        (await client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromMinutes(16));

        await ShouldBeRefusalAsync(await client.GetAsync("/api/me"), HttpStatusCode.Unauthorized, Error.Unauthenticated);
    }

    [Fact]
    public async Task A_non_admin_bearer_on_an_admin_endpoint_gets_the_forbidden_problem()
    {
        var user = await App.SignUpAsync();

        var response = await App.ClientWithToken(user.Tokens.AccessToken).GetAsync("/api/admin/users");

        await ShouldBeRefusalAsync(response, HttpStatusCode.Forbidden, Error.NotPermitted);
    }

    [Fact]
    public async Task With_the_cookie_the_refusals_are_the_same_problems()
    {
        var anonymous = await CookieClient().GetAsync("/api/me");
        await ShouldBeRefusalAsync(anonymous, HttpStatusCode.Unauthorized, Error.Unauthenticated);

        var user = await App.SignUpAsync();
        var browser = CookieClient();
        (await browser.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = user.Email, password = user.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeRefusalAsync(await browser.GetAsync("/api/admin/users"), HttpStatusCode.Forbidden, Error.NotPermitted);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        forged.Headers.Add("Cookie", "SmartRoom.Auth=forged");
        await ShouldBeRefusalAsync(await CookieClient().SendAsync(forged), HttpStatusCode.Unauthorized, Error.Unauthenticated);
    }

    /// <summary>The same fields and values (but the trace id) as a handler's refusal through <see cref="ProblemMapping"/>.</summary>
    private async Task ShouldBeRefusalAsync(HttpResponseMessage response, HttpStatusCode status, Error error)
    {
        response.StatusCode.ShouldBe(status);
        var framework = await response.ProblemAsync();
        var handler = await HandlerProblemAsync(error);

        Fields(framework).ShouldBe(Fields(handler));
        framework.GetProperty("type").GetString().ShouldBe(ProblemMapping.TypePrefix + error.Code);
        framework.GetProperty("code").GetString().ShouldBe(error.Code);
    }

    private async Task<JsonElement> HandlerProblemAsync(Error error)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Response.Body = new MemoryStream();
        await error.ToProblem().ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return await JsonSerializer.DeserializeAsync<JsonElement>(http.Response.Body);
    }

    private static List<string> Fields(JsonElement problem) =>
        problem.EnumerateObject()
            .Select(p => p.Name == "traceId" ? p.Name : $"{p.Name}={p.Value}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private HttpClient CookieClient() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false, HandleCookies = true });
}
