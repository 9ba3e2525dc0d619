using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Questions and answers, declared for Privacy's data map, retention schedule and policy text; swept by <c>PurgeExpiredData</c>.</summary>
internal static class QuestionDataCategories
{
    public const string Questions = "messaging.questions";

    /// <summary>Kept while the room exists, and this long after it is closed.</summary>
    public const int DaysAfterClose = 365;

    public static void Register(IServiceCollection services) =>
        services.AddSingleton(new DataCategory(
            Questions, MembershipDataCategories.Module, "Room questions and answers",
            "Questions asked in a deal room and who asked them, drafted and approved answers, decline reasons (all encrypted at rest), " +
            "who drafted and approved them, FAQ publication to groups, and the deadline reminders sent.",
            "To run the room's question-and-answer process with its deadlines.",
            "Contract (with the room's managers, who run the room)",
            "The asker's group, the assigned expert and the room's managers; other groups only an answer published as an FAQ, never who asked.",
            new RetentionRule(DaysAfterClose, "after the room is closed")));
}
