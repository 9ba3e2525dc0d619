using System.Net;
using System.Net.Http.Json;
using System.Text;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Identity;

/// <summary>Bad input gets a clear 400 problem and changes nothing.</summary>
public sealed class RegistrationInputTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_writes_nothing()
    {
        var before = await UsersAsync();

        var response = await App.CreateClient().PostAsync("/api/identity/register",
            new StringContent("{\"email\": \"a@b.test\", ", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await response.ProblemAsync();
        (await UsersAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Missing_fields_are_a_400_with_an_error_per_field_and_write_nothing()
    {
        var before = await UsersAsync();

        var response = await App.CreateClient().PostAsJsonAsync("/api/identity/register", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        errors.TryGetProperty("email", out _).ShouldBeTrue();
        errors.TryGetProperty("password", out _).ShouldBeTrue();
        errors.TryGetProperty("displayName", out _).ShouldBeTrue();
        (await UsersAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_weak_password_is_a_400_on_the_password_field_and_writes_nothing()
    {
        var before = await UsersAsync();
        var email = IdentityApi.NewEmail();

        var response = await App.CreateClient().RegisterAsync(email, password: "short");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        errors.GetProperty("password").GetArrayLength().ShouldBeGreaterThan(0);
        (await UsersAsync()).ShouldBe(before);
        await QuietAsync();
        App.Smtp.To(email).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_json_type_is_a_400_problem()
    {
        var response = await App.CreateClient().PostAsync("/api/identity/register",
            new StringContent("{\"email\": 42, \"password\": [], \"displayName\": {}}", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await response.ProblemAsync();
    }

    private Task<long> UsersAsync() => App.Database.CountAsync("identity", "Users");
}
