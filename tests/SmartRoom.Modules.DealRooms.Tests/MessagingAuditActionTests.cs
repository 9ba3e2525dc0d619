using System.Reflection;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.Messaging.Contracts;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>The audit actions Messaging announces, as the room's chain stores and hashes them.</summary>
public sealed class MessagingAuditActionTests
{
    private static IEnumerable<AuditAction> DealRoomsOwnActions =>
        typeof(AuditAction).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(AuditAction))
            .Select(f => (AuditAction)f.GetValue(null)!)
            .Where(a => !MessagingAuditActions.All.Contains(a.Name));

    [Fact]
    public void Every_action_Messaging_names_has_an_audit_action_of_exactly_that_name()
    {
        foreach (var name in MessagingAuditActions.All)
        {
            AuditAction.TryFromMessaging(name, out var action).ShouldBeTrue(name);
            action.Name.ShouldBe(name);
        }
    }

    [Fact]
    public void DealRooms_own_actions_unknown_names_and_near_misses_are_not_Messaging_s_to_announce()
    {
        var own = DealRoomsOwnActions.ToList();
        own.ShouldContain(AuditAction.MemberRemoved);
        foreach (var action in own)
        {
            AuditAction.TryFromMessaging(action.Name, out _).ShouldBeFalse(action.Name);
        }

        foreach (var name in new[] { "", "message.teleported", "MESSAGE.POSTED", " message.posted", null })
        {
            AuditAction.TryFromMessaging(name, out _).ShouldBeFalse(name);
        }
    }

    [Fact]
    public void No_two_audit_actions_share_a_name()
    {
        var names = typeof(AuditAction).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(AuditAction))
            .Select(f => ((AuditAction)f.GetValue(null)!).Name)
            .ToList();

        names.Count.ShouldBe(names.Distinct(StringComparer.Ordinal).Count());
        names.ShouldAllBe(n => n.Length > 0 && n.Length <= 60);
    }
}
