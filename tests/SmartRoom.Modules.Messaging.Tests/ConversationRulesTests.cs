using SmartRoom.Modules.Messaging.Domain;

namespace SmartRoom.Modules.Messaging.Tests;

public sealed class ConversationRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid GroupA = Guid.NewGuid();
    private static readonly Guid GroupB = Guid.NewGuid();

    [Fact]
    public void A_member_names_members_of_their_own_group_and_the_managers_only()
    {
        var caller = Caller(MemberRoles.Viewer, GroupA);

        ConversationRules.MayName(caller, Member(MemberRoles.Contributor, GroupA)).ShouldBeTrue();
        ConversationRules.MayName(caller, Member(MemberRoles.Manager, null)).ShouldBeTrue();
        ConversationRules.MayName(caller, Member(MemberRoles.Viewer, GroupB)).ShouldBeFalse();
        ConversationRules.MayName(caller, Member(MemberRoles.Viewer, null)).ShouldBeFalse();
    }

    [Fact]
    public void A_member_without_a_group_names_nobody_but_the_managers()
    {
        var caller = Caller(MemberRoles.Viewer, null);

        ConversationRules.MayName(caller, Member(MemberRoles.Viewer, null)).ShouldBeFalse();
        ConversationRules.MayName(caller, Member(MemberRoles.Viewer, GroupA)).ShouldBeFalse();
        ConversationRules.MayName(caller, Member(MemberRoles.Manager, null)).ShouldBeTrue();
    }

    [Fact]
    public void A_manager_names_anyone_and_support_staff_no_one_but_managers()
    {
        var manager = Caller(MemberRoles.Manager, null);
        ConversationRules.MayName(manager, Member(MemberRoles.Viewer, GroupB)).ShouldBeTrue();
        ConversationRules.MayName(manager, Member(MemberRoles.Viewer, null)).ShouldBeTrue();

        var support = Caller(MemberRoles.Manager, null) with { IsSupport = true };
        ConversationRules.MayName(support, Member(MemberRoles.Viewer, GroupA)).ShouldBeFalse();
    }

    [Fact]
    public void A_message_is_editable_for_fifteen_minutes_after_posting()
    {
        ConversationRules.WithinEditWindow(T0, T0).ShouldBeTrue();
        ConversationRules.WithinEditWindow(T0, T0.AddMinutes(15)).ShouldBeTrue();
        ConversationRules.WithinEditWindow(T0, T0.AddMinutes(15).AddTicks(1)).ShouldBeFalse();
    }

    private static RoomParticipant Caller(string role, Guid? group) =>
        new(new RoomCopy { Id = Guid.NewGuid() }, Guid.NewGuid(), "caller@example.test", "Caller", role, group, IsSupport: false);

    private static MemberCopy Member(string role, Guid? group) =>
        new() { RoomId = Guid.NewGuid(), UserId = Guid.NewGuid(), Role = role, GroupId = group };
}
