using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>The personal data DealRooms keeps, declared for Privacy's data map, retention schedule and policy text.</summary>
internal static class DealRoomsDataCategories
{
    public const string Module = "DealRooms";
    public const string Membership = "dealrooms.membership";
    public const string Documents = "dealrooms.documents";
    public const string AuditTrail = "dealrooms.audit-trail";
    public const string LastSeen = "dealrooms.last-seen";
    public const string ClosedRooms = "dealrooms.closed-rooms";
    public const string OrphanBlobs = "dealrooms.orphan-blobs";

    /// <summary>Keys of this module's categories start with this: a sweep for any other key is not DealRooms'.</summary>
    public const string KeyPrefix = "dealrooms.";

    private const string Operators = "No one outside SmartRoom's operators.";

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(new DataCategory(
            Membership, Module, "Room membership and invitations",
            "Who is a member of which deal room, with name, email, role, group, access expiry and terms accepted; invitations sent by email.",
            "To run the deal room the managers invited you to.",
            "Contract (with the room's managers, who decide who takes part)", "The room's managers; members see the managers and their own group.",
            new RetentionRule(null, "while the room exists")));
        services.AddSingleton(new DataCategory(
            Documents, Module, "Documents",
            "Documents uploaded to a room (encrypted at rest), their versions, who uploaded them and when.",
            "To share documents with the people the managers chose.",
            "Contract (with the room's managers)", "The room's members with a right to the folder.",
            new RetentionRule(null, "while the room exists")));
        services.AddSingleton(new DataCategory(
            AuditTrail, Module, "Room audit trail",
            "Every change in a room and every read of a document: who, when, IP address and browser, hash-chained against tampering.",
            "To give the room's managers a record they can rely on.",
            "Legitimate interest (accountability to the room's managers)", "The room's managers.",
            new RetentionRule(null, "while the room exists")));
        services.AddSingleton(new DataCategory(
            LastSeen, Module, "Last seen in a room",
            "When each member last entered a room.",
            "To show managers who is active in their room.",
            "Legitimate interest", "The room's managers.",
            new RetentionRule(null, "while the membership exists")));
        services.AddSingleton(new DataCategory(
            ClosedRooms, Module, "Closed rooms",
            "Everything a closed room holds: members, documents and its audit trail.",
            "To let the managers export the room after the deal.",
            "Contract (with the room's managers)", "The room's managers.",
            new RetentionRule(365, "after the room is closed, once its managers were given an export")));
        services.AddSingleton(new DataCategory(
            OrphanBlobs, Module, "Interrupted uploads",
            "Encrypted files of uploads that were interrupted before the document was recorded (no room refers to them).",
            "None: they are removed once no upload can still be finishing them.",
            "Legitimate interest (clean-up)", Operators,
            new RetentionRule(1, "after the interrupted upload")));
    }
}
