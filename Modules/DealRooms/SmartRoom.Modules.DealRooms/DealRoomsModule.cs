using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms;

/// <summary>Deal rooms: members, groups, folders, encrypted documents, permissions and the audit trail. No slices yet.</summary>
public static class DealRoomsModule
{
    public static IServiceCollection AddDealRoomsModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database) =>
        services.AddModuleValidators(typeof(DealRoomsModule).Assembly);

    public static IEndpointRouteBuilder MapDealRoomsEndpoints(this IEndpointRouteBuilder api) => api;
}
