using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Messaging;

/// <summary>Questions and answers, and messages between members and managers. No slices yet.</summary>
public static class MessagingModule
{
    public static IServiceCollection AddMessagingModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database) =>
        services.AddModuleValidators(typeof(MessagingModule).Assembly);

    public static IEndpointRouteBuilder MapMessagingEndpoints(this IEndpointRouteBuilder api) => api;
}
