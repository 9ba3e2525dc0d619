using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SmartRoom.Modules.Identity.Bootstrap;

/// <summary>
/// At start-up (after migrations): the platform roles exist, and when configured the bootstrap admin
/// exists, is confirmed and is an Admin. Idempotent; an existing admin's password is never overwritten.
/// </summary>
internal sealed partial class IdentityBootstrapper(
    IServiceProvider services,
    IOptions<BootstrapOptions> options,
    TimeProvider clock,
    ILogger<IdentityBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<Role>>();
        foreach (var name in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                Check(await roles.CreateAsync(new Role { Id = Guid.CreateVersion7(), Name = name }), $"create role {name}");
            }
        }

        var (email, password) = (options.Value.AdminEmail, options.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var admin = await users.FindByEmailAsync(email);
        if (admin is null)
        {
            admin = new User
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                Email = email,
                DisplayName = "Administrator",
                EmailConfirmed = true,
                CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(admin, password), "create the bootstrap admin");
            LogCreated(email);
        }
        else if (!admin.EmailConfirmed)
        {
            admin.EmailConfirmed = true;
            Check(await users.UpdateAsync(admin), "confirm the bootstrap admin");
        }

        if (!await users.IsInRoleAsync(admin, PlatformRoles.Admin))
        {
            Check(await users.AddToRoleAsync(admin, PlatformRoles.Admin), "make the bootstrap account an Admin");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bootstrap admin {Email} created")]
    private partial void LogCreated(string email);
}
