using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Messaging.Domain;

namespace SmartRoom.Modules.Messaging.Tests;

public sealed class MembershipCopyRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_older_event_arriving_late_changes_nothing()
    {
        var member = new MemberCopy { RoomId = Guid.NewGuid(), UserId = Guid.NewGuid(), ChangedAt = DateTimeOffset.MinValue };
        MembershipCopy.Apply(member, T0, MemberRoles.Viewer, null, null, null, "a@example.test", "A");
        MembershipCopy.Removed(member, T0.AddMinutes(5));

        MembershipCopy.Apply(member, T0.AddMinutes(1), MemberRoles.Manager, Guid.NewGuid(), null, null);

        member.RemovedAt.ShouldBe(T0.AddMinutes(5));
        member.Role.ShouldBe(MemberRoles.Viewer);
        member.IsActive(T0.AddMinutes(6)).ShouldBeFalse();
    }

    [Fact]
    public void A_member_invited_again_after_removal_is_active_again()
    {
        var member = new MemberCopy { RoomId = Guid.NewGuid(), UserId = Guid.NewGuid(), ChangedAt = DateTimeOffset.MinValue };
        MembershipCopy.Removed(member, T0);

        MembershipCopy.Apply(member, T0.AddDays(1), MemberRoles.Contributor, null, null, null);

        member.IsActive(T0.AddDays(2)).ShouldBeTrue();
    }

    [Fact]
    public void Access_expiry_bites_at_the_moment_it_passes()
    {
        var member = new MemberCopy { RoomId = Guid.NewGuid(), UserId = Guid.NewGuid(), ChangedAt = DateTimeOffset.MinValue };
        MembershipCopy.Apply(member, T0, MemberRoles.Viewer, null, T0.AddHours(1), null);

        member.IsActive(T0.AddHours(1).AddTicks(-1)).ShouldBeTrue();
        member.IsActive(T0.AddHours(1)).ShouldBeFalse();
    }

    [Fact]
    public void Closing_a_room_records_when_and_an_older_status_does_not_reopen_it()
    {
        var room = new RoomCopy { Id = Guid.NewGuid() };
        MembershipCopy.Status(room, RoomStatusNames.Active, T0);
        MembershipCopy.Status(room, RoomStatusNames.Closed, T0.AddDays(3));
        MembershipCopy.Status(room, RoomStatusNames.Active, T0.AddDays(1));

        room.Status.ShouldBe(RoomStatusNames.Closed);
        room.ClosedAt.ShouldBe(T0.AddDays(3));
        room.IsReadOnly.ShouldBeTrue();
    }
}
