using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Features.Documents;
using SmartRoom.Modules.DealRooms.Features.Audit;
using SmartRoom.Modules.DealRooms.Features.Folders;
using SmartRoom.Modules.DealRooms.Features.Groups;
using SmartRoom.Modules.DealRooms.Features.Invitations;
using SmartRoom.Modules.DealRooms.Features.Members;
using SmartRoom.Modules.DealRooms.Features.Permissions;
using SmartRoom.Modules.DealRooms.Features.Reports;
using SmartRoom.Modules.DealRooms.Features.Rooms;
using SmartRoom.Modules.DealRooms.Features.SupportAccess;
using SmartRoom.Modules.DealRooms.Features.Terms;
using SmartRoom.Modules.DealRooms.Features.Zip;
using SmartRoom.Modules.DealRooms.Jobs;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms;

/// <summary>Deal rooms: members, groups, invitations, the numbered folder tree and the hash-chained audit trail.</summary>
public static class DealRoomsModule
{
    public static IServiceCollection AddDealRoomsModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<DealRoomsDbContext, DealRoomsSqliteDbContext, DealRoomsPostgresDbContext, DealRoomsSqlServerDbContext>(
            database, DealRoomsDbContext.Schema);
        services.AddModuleValidators(typeof(DealRoomsModule).Assembly);
        services.AddScoped<RoomAccess>();
        services.AddScoped<EnteredRoom>();
        services.AddSingleton<LastSeenRecorder>();
        services.AddHostedService<LastSeenWriter>();
        services.AddScoped<AuditTrail>();
        services.AddSingleton<AuditKeys>();
        services.AddScoped<AuditCheckpointIssuer>();
        services.AddRecurringJob<AuditCheckpointsJob>(AuditCheckpointsJob.Id, "30 2 * * *");
        services.AddScoped<RoomPermissions>();
        services.AddScoped<RoomTree>();
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.Section));
        services.AddSingleton<FileSystemBlobStore>();
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<FileSystemBlobStore>());
        services.AddSingleton<DocumentKeys>();
        services.AddSingleton<VersionReader>();
        services.AddScoped<DocumentWriter>();
        services.AddScoped<DocumentStamper>();
        services.AddScoped<DocumentRelease>();
        services.AddHostedService<TempBlobSweeper>();
        return services;
    }

    public static IEndpointRouteBuilder MapDealRoomsEndpoints(this IEndpointRouteBuilder api)
    {
        var rooms = api.MapGroup("/deal-rooms").WithTags("Deal rooms").RequireAuthorization();
        CreateRoomEndpoint.Map(rooms);
        ListRoomsEndpoint.Map(rooms);
        GetRoomEndpoint.Map(rooms);
        UpdateRoomEndpoint.Map(rooms);
        SetRoomTermsEndpoint.Map(rooms);
        GetRoomTermsEndpoint.Map(rooms);
        AcceptRoomTermsEndpoint.Map(rooms);
        RequestSupportAccessEndpoint.Map(rooms);
        DecideSupportAccessEndpoint.Map(rooms);
        ListSupportAccessEndpoint.Map(rooms);
        ChangeRoomStatusEndpoint.Map(rooms);
        CreateGroupEndpoint.Map(rooms);
        ListGroupsEndpoint.Map(rooms);
        InviteMemberEndpoint.Map(rooms);
        ListInvitationsEndpoint.Map(rooms);
        RevokeInvitationEndpoint.Map(rooms);
        ListMembersEndpoint.Map(rooms);
        UpdateMemberEndpoint.Map(rooms);
        RemoveMemberEndpoint.Map(rooms);
        CreateFolderEndpoint.Map(rooms);
        UpdateFolderEndpoint.Map(rooms);
        DeleteFolderEndpoint.Map(rooms);
        GetTreeEndpoint.Map(rooms);
        GetEffectiveAccessEndpoint.Map(rooms);
        ListRoomAuditEndpoint.Map(rooms);
        ExportRoomAuditEndpoint.Map(rooms);
        GetAuditVerificationEndpoint.Map(rooms);
        IssueAuditCheckpointEndpoint.Map(rooms);
        GetCheckpointVerificationEndpoint.Map(rooms);
        UploadDocumentEndpoint.Map(rooms);
        DocumentEndpoints.Map(rooms);
        ViewDocumentEndpoint.Map(rooms);
        AddDocumentVersionEndpoint.Map(rooms);
        UploadZipEndpoint.Map(rooms);
        DownloadFolderZipEndpoint.Map(rooms);
        SetPermissionEndpoint.Map(rooms);
        ListPermissionsEndpoint.Map(rooms);
        GetMembersReportEndpoint.Map(rooms);
        GetDocumentsReportEndpoint.Map(rooms);
        GetGroupsReportEndpoint.Map(rooms);
        AcceptInvitationEndpoint.Map(api);
        GetAuditSigningKeyEndpoint.Map(api);
        return api;
    }
}
