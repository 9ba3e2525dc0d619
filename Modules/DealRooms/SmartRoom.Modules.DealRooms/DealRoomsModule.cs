using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Features.AcceptInvitation;
using SmartRoom.Modules.DealRooms.Features.AcceptRoomTerms;
using SmartRoom.Modules.DealRooms.Features.AddDocumentVersion;
using SmartRoom.Modules.DealRooms.Features.ChangeRoomStatus;
using SmartRoom.Modules.DealRooms.Features.CreateFolder;
using SmartRoom.Modules.DealRooms.Features.CreateGroup;
using SmartRoom.Modules.DealRooms.Features.CreateRoom;
using SmartRoom.Modules.DealRooms.Features.DecideSupportAccess;
using SmartRoom.Modules.DealRooms.Features.DeleteFolder;
using SmartRoom.Modules.DealRooms.Features.DownloadDocument;
using SmartRoom.Modules.DealRooms.Features.DownloadFolderZip;
using SmartRoom.Modules.DealRooms.Features.ExportRoomAudit;
using SmartRoom.Modules.DealRooms.Features.GetAuditSigningKey;
using SmartRoom.Modules.DealRooms.Features.GetAuditVerification;
using SmartRoom.Modules.DealRooms.Features.GetCheckpointVerification;
using SmartRoom.Modules.DealRooms.Features.GetDocument;
using SmartRoom.Modules.DealRooms.Features.GetDocumentsReport;
using SmartRoom.Modules.DealRooms.Features.GetEffectiveAccess;
using SmartRoom.Modules.DealRooms.Features.GetGroupsReport;
using SmartRoom.Modules.DealRooms.Features.GetMembersReport;
using SmartRoom.Modules.DealRooms.Features.GetRoom;
using SmartRoom.Modules.DealRooms.Features.GetRoomTerms;
using SmartRoom.Modules.DealRooms.Features.GetTree;
using SmartRoom.Modules.DealRooms.Features.InviteMember;
using SmartRoom.Modules.DealRooms.Features.IssueAuditCheckpoint;
using SmartRoom.Modules.DealRooms.Features.ListGroups;
using SmartRoom.Modules.DealRooms.Features.ListInvitations;
using SmartRoom.Modules.DealRooms.Features.ListMembers;
using SmartRoom.Modules.DealRooms.Features.ListPermissions;
using SmartRoom.Modules.DealRooms.Features.ListRoomAudit;
using SmartRoom.Modules.DealRooms.Features.ListRooms;
using SmartRoom.Modules.DealRooms.Features.ListSupportAccess;
using SmartRoom.Modules.DealRooms.Features.RemoveMember;
using SmartRoom.Modules.DealRooms.Features.RequestSupportAccess;
using SmartRoom.Modules.DealRooms.Features.RevokeInvitation;
using SmartRoom.Modules.DealRooms.Features.SetPermission;
using SmartRoom.Modules.DealRooms.Features.SetRoomTerms;
using SmartRoom.Modules.DealRooms.Features.UpdateFolder;
using SmartRoom.Modules.DealRooms.Features.UpdateMember;
using SmartRoom.Modules.DealRooms.Features.UpdateRoom;
using SmartRoom.Modules.DealRooms.Features.UploadDocument;
using SmartRoom.Modules.DealRooms.Features.UploadZip;
using SmartRoom.Modules.DealRooms.Features.ViewDocument;
using SmartRoom.Modules.DealRooms.Jobs;
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
        services.AddScoped<RoomDetailsReader>();
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.Section));
        services.AddSingleton<FileSystemBlobStore>();
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<FileSystemBlobStore>());
        services.AddSingleton<DocumentKeys>();
        services.AddSingleton<VersionReader>();
        services.AddScoped<DocumentWriter>();
        services.AddScoped<ZipPlanner>();
        services.AddScoped<ZipContentWriter>();
        services.AddScoped<DocumentStamper>();
        services.AddScoped<DocumentRelease>();
        services.AddHostedService<TempBlobSweeper>();
        services.AddScoped<OrphanBlobs>();
        DealRoomsDataCategories.Register(services);
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
        GetDocumentEndpoint.Map(rooms);
        DownloadDocumentEndpoint.Map(rooms);
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
