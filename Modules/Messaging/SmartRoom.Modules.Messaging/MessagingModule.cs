using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Messaging.Features.ApproveAnswer;
using SmartRoom.Modules.Messaging.Features.AskQuestion;
using SmartRoom.Modules.Messaging.Features.AssignQuestion;
using SmartRoom.Modules.Messaging.Features.CloseQuestion;
using SmartRoom.Modules.Messaging.Features.DeclineQuestion;
using SmartRoom.Modules.Messaging.Features.DeleteMessage;
using SmartRoom.Modules.Messaging.Features.DraftAnswer;
using SmartRoom.Modules.Messaging.Features.EditMessage;
using SmartRoom.Modules.Messaging.Features.ExportQuestions;
using SmartRoom.Modules.Messaging.Features.GetQaReport;
using SmartRoom.Modules.Messaging.Features.GetQaSettings;
using SmartRoom.Modules.Messaging.Features.GetQuestion;
using SmartRoom.Modules.Messaging.Features.ListConversations;
using SmartRoom.Modules.Messaging.Features.ListDuplicateQuestions;
using SmartRoom.Modules.Messaging.Features.ListMessages;
using SmartRoom.Modules.Messaging.Features.ListQaCategories;
using SmartRoom.Modules.Messaging.Features.ListQaExperts;
using SmartRoom.Modules.Messaging.Features.ListQuestions;
using SmartRoom.Modules.Messaging.Features.ListSimilarQuestions;
using SmartRoom.Modules.Messaging.Features.MarkConversationRead;
using SmartRoom.Modules.Messaging.Features.PostMessage;
using SmartRoom.Modules.Messaging.Features.PublishFaq;
using SmartRoom.Modules.Messaging.Features.RemoveQaExpert;
using SmartRoom.Modules.Messaging.Features.SetQaExpert;
using SmartRoom.Modules.Messaging.Features.StartConversation;
using SmartRoom.Modules.Messaging.Features.UpdateQaSettings;
using SmartRoom.Modules.Messaging.Features.UpdateQuestion;
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
        services.AddScoped<QuestionReader>();
        services.AddScoped<ConversationReach>();
        services.AddScoped<DocumentReferences>();
        services.AddScoped<MessageReader>();
        services.AddScoped<MessagePosting>();
        services.AddScoped<ConversationSummaries>();
        services.AddSingleton<MembershipReplayRequester>();
        services.AddHostedService(sp => sp.GetRequiredService<MembershipReplayRequester>());
        MembershipDataCategories.Register(services);
        ConversationDataCategories.Register(services);
        QuestionDataCategories.Register(services);
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
        MapConversationEndpoints(conversations);
        MapQuestionEndpoints(questions, qa);
        return api;
    }

    private static void MapConversationEndpoints(IEndpointRouteBuilder conversations)
    {
        StartConversationEndpoint.Map(conversations);
        ListConversationsEndpoint.Map(conversations);
        ListMessagesEndpoint.Map(conversations);
        PostMessageEndpoint.Map(conversations);
        MarkConversationReadEndpoint.Map(conversations);
        EditMessageEndpoint.Map(conversations);
        DeleteMessageEndpoint.Map(conversations);
    }

    private static void MapQuestionEndpoints(IEndpointRouteBuilder questions, IEndpointRouteBuilder qa)
    {
        GetQaSettingsEndpoint.Map(qa);
        UpdateQaSettingsEndpoint.Map(qa);
        ListQaCategoriesEndpoint.Map(qa);
        ListQaExpertsEndpoint.Map(qa);
        SetQaExpertEndpoint.Map(qa);
        RemoveQaExpertEndpoint.Map(qa);
        AskQuestionEndpoint.Map(questions);
        ListQuestionsEndpoint.Map(questions);
        GetQuestionEndpoint.Map(questions);
        UpdateQuestionEndpoint.Map(questions);
        AssignQuestionEndpoint.Map(questions);
        DraftAnswerEndpoint.Map(questions);
        ApproveAnswerEndpoint.Map(questions);
        DeclineQuestionEndpoint.Map(questions);
        CloseQuestionEndpoint.Map(questions);
        PublishFaqEndpoint.Map(questions);
        WithdrawFaqEndpoint.Map(questions);
        ListSimilarQuestionsEndpoint.Map(questions);
        ListDuplicateQuestionsEndpoint.Map(questions);
        ExportQuestionsEndpoint.Map(questions);
        GetQaReportEndpoint.Map(questions);
    }
}
