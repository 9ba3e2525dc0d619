using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Messaging's copy of room membership, declared for Privacy's data map.</summary>
internal static class MembershipDataCategories
{
    public const string Module = "Messaging";
    public const string MembershipCopy = "messaging.membership-copy";

    /// <summary>Keys of this module's categories start with this: a sweep for any other key is not Messaging's.</summary>
    public const string KeyPrefix = "messaging.";

    public static void Register(IServiceCollection services) =>
        services.AddSingleton(new DataCategory(
            MembershipCopy, Module, "Room membership (for messages and questions)",
            "A copy of who is a member of which room, with name, email, room role, group and access expiry, taken from the room's membership.",
            "To let only the room's members read and write its conversations and questions, and to tell them about new ones.",
            "Contract (with the room's managers, who decide who takes part)", "No one: it decides access within SmartRoom.",
            new RetentionRule(null, "while the room exists")));
}
