using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Identity.Bootstrap;
using SmartRoom.Modules.Identity.Features.ConfirmEmail;
using SmartRoom.Modules.Identity.Features.ForgotPassword;
using SmartRoom.Modules.Identity.Features.GetManageInfo;
using SmartRoom.Modules.Identity.Features.GetMe;
using SmartRoom.Modules.Identity.Features.ListAudit;
using SmartRoom.Modules.Identity.Features.ListSignIns;
using SmartRoom.Modules.Identity.Features.ListUsers;
using SmartRoom.Modules.Identity.Features.LockUser;
using SmartRoom.Modules.Identity.Features.Login;
using SmartRoom.Modules.Identity.Features.Logout;
using SmartRoom.Modules.Identity.Features.ManageTwoFactor;
using SmartRoom.Modules.Identity.Features.Reauthenticate;
using SmartRoom.Modules.Identity.Features.Refresh;
using SmartRoom.Modules.Identity.Features.Register;
using SmartRoom.Modules.Identity.Features.RequireTwoFactor;
using SmartRoom.Modules.Identity.Features.ResetPassword;
using SmartRoom.Modules.Identity.Features.SetUserRoles;
using SmartRoom.Modules.Identity.Features.UpdateManageInfo;
using SmartRoom.Modules.Identity.Features.UpdateProfile;

namespace SmartRoom.Modules.Identity;

/// <summary>Accounts, sign-in and platform roles.</summary>
public static class IdentityModule
{
    /// <summary>The scheme that forwards to the bearer token (API) or the application cookie (dashboard).</summary>
    public const string SmartRoomScheme = "SmartRoom";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var settings = configuration.GetSection("SmartRoom:Identity");
        services.AddModuleDbContext<IdentityDbContext, IdentitySqliteDbContext, IdentityPostgresDbContext, IdentitySqlServerDbContext>(
            database, IdentityDbContext.Schema);
        services.AddModuleValidators(typeof(IdentityModule).Assembly);

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartRoomScheme;
                o.DefaultChallengeScheme = SmartRoomScheme;
            })
            .AddPolicyScheme(SmartRoomScheme, "Bearer token or cookie", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.Count > 0 ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = SessionLifetime.AccessToken;
                o.RefreshTokenExpiration = SessionLifetime.RefreshToken;
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "SmartRoom.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Outside Development the cookie never travels over plain HTTP (see the post-configuration below).
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // APIs and the dashboard answer 401/403, never a redirect to a login page that does not exist.
            o.Events.OnRedirectToLogin = ctx => Status(ctx.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => Status(ctx.Response, StatusCodes.Status403Forbidden);
        });

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IHostEnvironment>((o, environment) =>
                o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);

        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = settings.GetValue("RequireConfirmedEmail", true);
                o.SignIn.RequireConfirmedAccount = false;
                // Length is what makes a password strong; composition rules only make it harder to remember.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = settings.GetValue("Lockout:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = settings.GetValue("Lockout:Duration", TimeSpan.FromMinutes(15));
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddUserStore<SealingUserStore>()
            .AddUserManager<ClockedUserManager>()
            .AddClaimsPrincipalFactory<SmartRoomClaimsFactory>()
            .AddPasswordValidator<PasswordStrengthValidator>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthorization(IdentityPolicies.Configure);
        services.AddScoped<RequestAccount>();
        services.AddScoped<IAuthorizationHandler, TwoFactorSetupHandler>();
        services.AddScoped<SignInRecorder>();
        services.AddSingleton<BearerTokens>();
        services.AddScoped<SecondFactor>();
        services.AddScoped<SudoMode>();
        services.Configure<SudoOptions>(configuration.GetSection(SudoOptions.Section));
        services.AddScoped<AdminAudit>();
        services.AddSingleton<PasswordResetThrottle>();
        IdentityDataCategories.Register(services);

        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.AddHostedService<IdentityBootstrapper>();
        return services;
    }

    /// <summary>
    /// For policies of their own (the dashboard's): the account must owe no admin-required two-factor set-up,
    /// as the default policy already demands.
    /// </summary>
    public static AuthorizationPolicyBuilder RequireNoPendingTwoFactorSetup(this AuthorizationPolicyBuilder policy) =>
        policy.AddRequirements(new TwoFactorSetupRequirement());

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder api)
    {
        var identity = api.MapGroup("/identity").WithTags("Identity");
        RegisterEndpoint.Map(identity);
        ConfirmEmailEndpoint.Map(identity);
        LoginEndpoint.Map(identity);
        RefreshEndpoint.Map(identity);
        LogoutEndpoint.Map(identity);
        ReauthenticateEndpoint.Map(identity);
        ForgotPasswordEndpoint.Map(identity);
        ResetPasswordEndpoint.Map(identity);

        var manage = identity.MapGroup("/manage");
        GetManageInfoEndpoint.Map(manage);
        UpdateManageInfoEndpoint.Map(manage);
        ManageTwoFactorEndpoint.Map(manage);

        var me = api.MapGroup("").WithTags("Me");
        GetMeEndpoint.Map(me);
        UpdateProfileEndpoint.Map(me);
        ListSignInsEndpoint.Map(api);

        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(PlatformPolicies.Admin);
        ListUsersEndpoint.Map(admin);
        SetUserRolesEndpoint.Map(admin);
        LockUserEndpoint.Map(admin);
        RequireTwoFactorEndpoint.Map(admin);
        ListAuditEndpoint.Map(admin);
        return api;
    }

    /// <summary>After authentication: tokens of ended sessions stop working at once (see <see cref="LiveSessions"/>).</summary>
    public static IApplicationBuilder UseIdentitySessions(this IApplicationBuilder app) => app.UseLiveSessions();

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
