using System.Text.Json.Serialization;
using Hangfire;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Scalar.AspNetCore;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Messaging;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.BuildingBlocks.Pipeline;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Host;
using SmartRoom.Host.OpenApi;
using SmartRoom.Modules.Content;
using SmartRoom.Modules.Identity;
using SmartRoom.Modules.Privacy;
using Wolverine;

var builder = WebApplication.CreateBuilder(args);
var platform = SmartRoomOptions.From(builder.Configuration);
var database = DatabaseOptions.From(builder.Configuration);

// Order matters: the platform (and its start-up migrator) comes before Wolverine and Hangfire.
builder.Services.AddSmartRoomPlatform(platform, database);
// Key custody: the master key comes from configuration (never the database); Production refuses to start without it.
builder.Services.AddPlatformKeys(PlatformKeys.Load(builder.Configuration, builder.Environment, platform.ResolveDataDirectory()));
builder.Services.AddModules(builder.Configuration, database);
builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies =
    [
        typeof(SmartRoom.Modules.Identity.IdentityModule),
        typeof(SmartRoom.Modules.DealRooms.DealRoomsModule),
        typeof(SmartRoom.Modules.Messaging.MessagingModule),
        typeof(SmartRoom.Modules.Privacy.PrivacyModule),
        typeof(SmartRoom.Modules.Content.ContentModule),
        typeof(SmartRoom.Modules.Notifications.NotificationsModule),
    ];
    // The one place the pipeline order is set: tracing → authorization → validation → room entry → handler.
    options.PipelineBehaviors =
    [
        typeof(TracingBehavior<,>),
        typeof(AuthorizationBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(SmartRoom.Modules.DealRooms.Pipeline.RoomEntryBehavior<,>),
        typeof(SmartRoom.Modules.Messaging.Pipeline.RoomEntryBehavior<,>),
    ];
});
builder.Services.AddSmartRoomJobs(database, runServer: builder.Configuration.GetValue("SmartRoom:Jobs:RunServer", true));

var staticCodegen = builder.Configuration.GetValue("SmartRoom:Messaging:StaticCodegen", !builder.Environment.IsDevelopment());
builder.Host.UseWolverine(opts => MessagingSetup.Configure(opts, database, ModuleCatalog.Assemblies, dynamicCodeAllowed: !staticCodegen));

builder.Services.AddSmartRoomRateLimits(builder.Configuration);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(HostPolicies.HangfireAdmin, p => p
        .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
        .RequireAuthenticatedUser()
        .RequireRole(PlatformRoles.Admin)
        .RequireNoPendingTwoFactorSetup());

builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
// Unreadable bodies (bad JSON, wrong types) surface as exceptions that become 400 problem details.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddSmartRoomOpenApi();

var otel = builder.Services.AddOpenTelemetry()
    .ConfigureResource(r => r.AddService("SmartRoom"))
    .WithTracing(t => t
        .AddSource($"{Telemetry.Prefix}.*", "Wolverine", "Npgsql")
        .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
        .AddHttpClientInstrumentation()
        .AddEntityFrameworkCoreInstrumentation())
    .WithMetrics(m => m
        .AddMeter($"{Telemetry.Prefix}.*", "Wolverine*")
        .AddAspNetCoreInstrumentation()
        .AddHttpClientInstrumentation()
        .AddRuntimeInstrumentation());
if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    otel.UseOtlpExporter();
}

var app = builder.Build();

// First: everything after it (HTTPS redirection, rate limits, allow-lists, sign-in records) sees the real client.
app.UseTrustedForwardedHeaders(builder.Configuration);
app.UseExceptionHandler();
app.UseStatusCodePages();
if (!app.Environment.IsDevelopment() && builder.Configuration.GetValue("SmartRoom:RequireHttps", true))
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseSecurityHeaders();
app.UseAuthentication();
app.UseIdentitySessions();
app.UseAuthorization();
app.UsePrivacyPolicyGate();
app.UseRateLimiter();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
// The API reference: Public (default), SignedIn (any signed-in account), or Off (not served).
switch (builder.Configuration.GetValue("SmartRoom:ApiReference", ApiReferenceMode.Public))
{
    case ApiReferenceMode.Public:
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar").AllowAnonymous();
        break;
    case ApiReferenceMode.SignedIn:
        app.MapOpenApi().RequireAuthorization();
        app.MapScalarApiReference("/scalar").RequireAuthorization();
        break;
}

app.MapGroup("/api").MapModules();
app.MapContentSite();

app.MapHangfireDashboardWithAuthorizationPolicy(HostPolicies.HangfireAdmin, "/hangfire", new DashboardOptions
{
    // The endpoint policy decides; Hangfire's own local-requests-only default would lock out remote admins.
    Authorization = [],
    AsyncAuthorization = [],
    DashboardTitle = "SmartRoom operations",
});

return await app.RunJasperFxCommands(args);

/// <summary>The composition root; public for the integration tests' host factory.</summary>
public partial class Program;
