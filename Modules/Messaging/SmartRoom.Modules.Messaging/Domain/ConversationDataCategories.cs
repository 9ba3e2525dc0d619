using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Conversations, declared for Privacy's data map, retention schedule and policy text; swept by <c>PurgeExpiredData</c>.</summary>
internal static class ConversationDataCategories
{
    public const string Conversations = "messaging.conversations";

    /// <summary>Kept while the room exists, and this long after it is closed.</summary>
    public const int DaysAfterClose = 365;

    public static void Register(IServiceCollection services) =>
        services.AddSingleton(new DataCategory(
            Conversations, MembershipDataCategories.Module, "Room conversations",
            "Conversations in a deal room between members and its managers: who started them, their subjects and messages " +
            "(encrypted at rest), references to the room's documents attached to them, edits, deletions and who read what when.",
            "To let members and the room's managers talk securely inside the deal room.",
            "Contract (with the room's managers, who run the room)", "The conversation's participants and the room's managers.",
            new RetentionRule(DaysAfterClose, "after the room is closed")));
}
