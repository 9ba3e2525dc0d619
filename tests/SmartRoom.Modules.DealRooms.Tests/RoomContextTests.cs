using SmartRoom.BuildingBlocks.Security;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>Who may add content where, as the caller's role and effective level decide; how the caller is flagged in the audit trail.</summary>
public sealed class RoomContextTests
{
    [Theory]
    [InlineData((int)RoomRole.Manager, (int)AccessLevel.None, true)]
    [InlineData((int)RoomRole.Contributor, (int)AccessLevel.Upload, true)]
    [InlineData((int)RoomRole.Contributor, (int)AccessLevel.Download, false)]
    [InlineData((int)RoomRole.Viewer, (int)AccessLevel.Upload, false)]
    public void Managers_upload_anywhere_contributors_where_they_hold_upload_viewers_never(int role, int level, bool may)
    {
        Caller((RoomRole)role).MayUpload((AccessLevel)level).ShouldBe(may);
    }

    [Theory]
    [InlineData((int)RoomRole.Manager)]
    [InlineData((int)RoomRole.Contributor)]
    public void Support_staff_never_upload_whatever_they_stand_as(int role)
    {
        var support = Caller((RoomRole)role, support: true);

        support.MayUpload(AccessLevel.Upload).ShouldBeFalse();
        support.IsManager.ShouldBeFalse();
        support.ActorKind.ShouldBe(ActorKind.Support);
    }

    [Fact]
    public void What_the_caller_cannot_see_is_not_found_what_they_only_see_is_forbidden()
    {
        var contributor = Caller(RoomRole.Contributor);

        contributor.RefuseUpload(AccessLevel.None, "folder").ShouldBe(Error.NotFound("folder"));
        var forbidden = contributor.RefuseUpload(AccessLevel.View, "document");
        forbidden.ShouldNotBeNull();
        (forbidden.Kind, forbidden.Code, forbidden.Detail).ShouldBe((ErrorKind.Forbidden, "upload-not-permitted", "You may not add content to this document."));
        contributor.RefuseUpload(AccessLevel.Upload, "folder").ShouldBeNull();
    }

    [Theory]
    [InlineData((int)RoomStatus.Draft, false)]
    [InlineData((int)RoomStatus.Active, false)]
    [InlineData((int)RoomStatus.Closed, true)]
    [InlineData((int)RoomStatus.Archived, true)]
    public void Closed_and_archived_rooms_take_no_content(int status, bool readOnly)
    {
        var manager = Caller(RoomRole.Manager, status: (RoomStatus)status);

        manager.IsReadOnly.ShouldBe(readOnly);
        manager.RefuseUpload(AccessLevel.Upload, "folder").ShouldBe(readOnly ? RoomRefusals.ReadOnly : null);
    }

    [Theory]
    [InlineData((int)RoomRole.Manager, (int)ActorKind.Manager)]
    [InlineData((int)RoomRole.Contributor, (int)ActorKind.Member)]
    [InlineData((int)RoomRole.Viewer, (int)ActorKind.Member)]
    public void Members_are_flagged_by_their_role(int role, int kind)
    {
        var caller = Caller((RoomRole)role);

        caller.ActorKind.ShouldBe((ActorKind)kind);
        caller.IsSupport.ShouldBeFalse();
        caller.IsManager.ShouldBe((RoomRole)role == RoomRole.Manager);
    }

    private static RoomContext Caller(RoomRole role, bool support = false, RoomStatus status = RoomStatus.Active)
    {
        var room = new Room { Id = Guid.NewGuid(), Name = "Falcon", Status = status };
        var member = new Member { RoomId = room.Id, UserId = Guid.NewGuid(), Email = "a@example.com", DisplayName = "A", Role = role };
        var grant = support
            ? new SupportAccessRequest { Id = Guid.NewGuid(), RoomId = room.Id, RequesterEmail = "s@example.com", RequesterName = "S", Reason = "help" }
            : null;
        return new RoomContext(room, member, grant);
    }
}

public sealed class IpAllowListTests
{
    [Fact]
    public void Ranges_and_bare_addresses_parse_and_the_first_bad_one_is_named()
    {
        IpAllowList.TryParse(["203.0.113.0/24", " 198.51.100.7 ", "2001:db8::1"], out var networks, out var invalid).ShouldBeTrue();
        invalid.ShouldBeNull();
        IpAllowList.Format(networks).ShouldBe("203.0.113.0/24\n198.51.100.7/32\n2001:db8::1/128");

        IpAllowList.TryParse(["203.0.113.0/24", " nonsense ", "also bad"], out var none, out var bad).ShouldBeFalse();
        none.ShouldBeEmpty();
        bad.ShouldBe(" nonsense ");
    }

    [Fact]
    public void Stored_ranges_are_one_per_line()
    {
        IpAllowList.Ranges("203.0.113.0/24\n\n198.51.100.7/32").ShouldBe(["203.0.113.0/24", "198.51.100.7/32"]);
        IpAllowList.Ranges("").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", null, true)] // no list: everyone, even without a known address
    [InlineData("", "garbage", true)]
    [InlineData("203.0.113.0/24\n2001:db8::/32", "203.0.113.200", true)]
    [InlineData("203.0.113.0/24\n2001:db8::/32", "2001:db8::5", true)]
    [InlineData("203.0.113.0/24\n2001:db8::/32", "::ffff:203.0.113.9", true)] // IPv4 seen through an IPv6 socket
    [InlineData("203.0.113.0/24\n2001:db8::/32", "203.0.114.1", false)]
    [InlineData("203.0.113.0/24\n2001:db8::/32", null, false)]
    [InlineData("203.0.113.0/24\n2001:db8::/32", "not an address", false)]
    [InlineData("203.0.113.0/24\ncorrupt", "203.0.113.9", false)] // a damaged list admits no one
    public void Only_addresses_inside_a_listed_range_are_admitted(string stored, string? address, bool admitted)
    {
        IpAllowList.Admits(stored, address).ShouldBe(admitted);
    }
}
