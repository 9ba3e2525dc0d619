using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Messaging.Features.ExportQuestions;
using SmartRoom.Modules.Messaging.Features.GetQaReport;
using SmartRoom.Modules.Messaging.Features.ListDuplicateQuestions;
using SmartRoom.Modules.Messaging.Features.ListSimilarQuestions;
using SmartRoom.Modules.Messaging.Features.PublishFaq;
using SmartRoom.Modules.Messaging.Features.WithdrawFaq;
using SmartRoom.Modules.Messaging.Jobs;
using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging;

/// <summary>
/// Conversations between members and their room's managers, and the Q&amp;A workflow with deadlines. Keeps its own
/// copy of room membership from DealRooms' events; asks DealRooms whether a person may see a document; announces
/// every action for the room's audit trail (docs/adr/0017).
/// </summary>
public static class MessagingModule
{
    public static IServiceCollection AddMessagingModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<MessagingDbContext, MessagingSqliteDbContext, MessagingPostgresDbContext, MessagingSqlServerDbContext>(
            database, MessagingDbContext.Schema);
        services.AddModuleValidators(typeof(MessagingModule).Assembly);

        services.AddSingleton<RoomKeyCache>();
        services.AddScoped<RoomKeys>();
        services.AddScoped<MembershipCopy>();
        services.AddScoped<MessagingRoomAccess>();
        services.AddScoped<EnteredRoom>();
        services.AddScoped<RoomActivity>();
        services.AddSingleton<MembershipReplayRequester>();
        services.AddHostedService(sp => sp.GetRequiredService<MembershipReplayRequester>());
        MembershipDataCategories.Register(services);
        services.AddScoped<QuestionMatcher>();
        services.AddSingleton(QaReminderOptions.From(configuration.GetValue<int?>(QaReminderOptions.HoursBeforeKey)));
        services.AddRecurringJob<QaRemindersJob>(QaRemindersJob.Id, QaRemindersJob.Schedule);
        return services;
    }

    public static IEndpointRouteBuilder MapMessagingEndpoints(this IEndpointRouteBuilder api)
    {
        var rooms = api.MapGroup("/deal-rooms/{roomId:guid}").RequireAuthorization();
        var conversations = rooms.MapGroup("/conversations").WithTags("Conversations");
        var questions = rooms.MapGroup("/questions").WithTags("Questions");
        var qa = rooms.MapGroup("/qa").WithTags("Questions");
        _ = (conversations, qa);
        ExportQuestionsEndpoint.Map(questions);
        GetQaReportEndpoint.Map(questions);
        ListSimilarQuestionsEndpoint.Map(questions);
        ListDuplicateQuestionsEndpoint.Map(questions);
        PublishFaqEndpoint.Map(questions);
        WithdrawFaqEndpoint.Map(questions);
        return api;
    }
}
