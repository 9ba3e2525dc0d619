using System.Text;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>
/// The byte forms another implementation must reproduce (records, heads, checkpoints), and which stored
/// hashes and heads authenticate.
/// </summary>
public sealed class AuditCanonicalFormTests
{
    private static readonly Guid Room = AuditChainTests.Room;
    private static readonly AuditKeys Keys = AuditChainTests.Keys;

    [Fact]
    public void A_record_is_a_json_array_in_field_order_with_utc_milliseconds_nulls_and_minimal_escaping()
    {
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.FromHours(1)).AddTicks(9999);

        var bytes = AuditCanonicalForm.Record("p", 7, Room, at, null, ActorKind.Support, "a\"b\\c", "t", null, null, "Zoë <x> & y", "{}");

        Encoding.UTF8.GetString(bytes).ShouldBe(
            $"[\"p\",7,\"{Room}\",\"2026-01-02T02:04:05.006Z\",null,\"Support\",\"a\\\"b\\\\c\",\"t\",null,null,\"Zoë <x> & y\",\"{{}}\"]");
    }

    [Fact]
    public void A_head_covers_its_room_seq_hash_and_legacy_bound()
    {
        Encoding.UTF8.GetString(AuditCanonicalForm.Head(Room, 5, "abc", 2))
            .ShouldBe($"[\"dealrooms.audit-head.v1\",\"{Room}\",5,\"abc\",2]");
    }

    [Fact]
    public void A_checkpoint_covers_its_room_seq_hash_time_and_key()
    {
        var issued = new DateTimeOffset(2026, 3, 1, 13, 0, 0, 123, TimeSpan.FromHours(1));

        Encoding.UTF8.GetString(AuditCanonicalForm.Checkpoint(Room, 7, "h", issued, "mk-1"))
            .ShouldBe($"[\"smartroom.audit-checkpoint.v1\",\"{Room}\",7,\"h\",\"2026-03-01T12:00:00.123Z\",\"mk-1\"]");
    }

    [Fact]
    public void Details_are_web_json_and_nothing_is_an_empty_object()
    {
        AuditChain.Canonical(null).ShouldBe("{}");
        AuditChain.Canonical(new { FileName = "a.pdf", Size = 3 }).ShouldBe("{\"fileName\":\"a.pdf\",\"size\":3}");
    }

    [Fact]
    public void Times_are_cut_to_the_millisecond_in_utc()
    {
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.FromHours(2)).AddTicks(9999);

        var cut = AuditChain.ToMilliseconds(at);

        cut.ShouldBe(new DateTimeOffset(2026, 1, 2, 1, 4, 5, 6, TimeSpan.Zero));
        cut.Offset.ShouldBe(TimeSpan.Zero);
        AuditChain.ToMilliseconds(cut).ShouldBe(cut);
    }

    [Fact]
    public void A_keyed_record_authenticates_only_at_its_own_seq_and_with_its_own_key()
    {
        var record = AuditChainTests.KeyedChain(1).Chain[0];

        AuditChain.Authenticates(record, 1, Keys, plainAllowed: false).ShouldBeTrue();
        AuditChain.Authenticates(record, 2, Keys, plainAllowed: true).ShouldBeFalse();
        AuditChain.Authenticates(record, 1, new AuditKeys(new PlatformKeys(new byte[32], [])), plainAllowed: true).ShouldBeFalse();

        record.KeyId = null;
        AuditChain.Authenticates(record, 1, Keys, plainAllowed: true).ShouldBeFalse();
    }

    [Theory]
    [InlineData("upper")]
    [InlineData("short")]
    [InlineData("not hex")]
    [InlineData("odd")]
    public void A_stored_keyed_hash_is_compared_as_bytes_and_garbage_never_throws(string kind)
    {
        var record = AuditChainTests.KeyedChain(1).Chain[0];
        var hash = record.Hash;
        record.Hash = kind switch
        {
            "upper" => hash.ToUpperInvariant(),
            "short" => hash[..62],
            "not hex" => new string('z', 64),
            _ => hash[..63],
        };

        AuditChain.Authenticates(record, 1, Keys, plainAllowed: false).ShouldBe(kind == "upper");
    }

    [Fact]
    public void A_plain_record_counts_only_where_plain_hashes_are_allowed_and_unknown_versions_never()
    {
        var record = AuditChainTests.Plain(1, AuditChain.Genesis, AuditChainTests.At(1));

        AuditChain.Authenticates(record, 1, Keys, plainAllowed: true).ShouldBeTrue();
        AuditChain.Authenticates(record, 1, Keys, plainAllowed: false).ShouldBeFalse();
        AuditChain.Authenticates(record, 2, Keys, plainAllowed: true).ShouldBeFalse();

        record.HashVersion = 3;
        AuditChain.Authenticates(record, 1, Keys, plainAllowed: true).ShouldBeFalse();
    }

    [Fact]
    public void A_sealed_head_names_the_active_key_and_any_change_to_it_shows()
    {
        var head = new AuditChainHead { RoomId = Room, Seq = 4, Hash = new string('a', 64), LegacyThroughSeq = 1 };

        AuditChain.Seal(head, Keys);

        head.KeyId.ShouldBe(Keys.ActiveKeyId);
        head.Mac.Length.ShouldBe(64);
        AuditChain.IsAuthentic(head, Keys).ShouldBeTrue();
        AuditChain.IsAuthentic(Changed(head, h => h.Seq = 5), Keys).ShouldBeFalse();
        AuditChain.IsAuthentic(Changed(head, h => h.Hash = new string('b', 64)), Keys).ShouldBeFalse();
        AuditChain.IsAuthentic(Changed(head, h => h.LegacyThroughSeq = 4), Keys).ShouldBeFalse();
        AuditChain.IsAuthentic(Changed(head, h => h.KeyId = "mk-0000000000000000"), Keys).ShouldBeFalse();
        AuditChain.IsAuthentic(Changed(head, h => h.Mac = new string('z', 64)), Keys).ShouldBeFalse();
        AuditChain.IsAuthentic(new AuditChainHead { RoomId = Guid.NewGuid(), Seq = 4, Hash = head.Hash, LegacyThroughSeq = 1, KeyId = head.KeyId, Mac = head.Mac }, Keys)
            .ShouldBeFalse();
    }

    private static AuditChainHead Changed(AuditChainHead head, Action<AuditChainHead> change)
    {
        var copy = new AuditChainHead { RoomId = head.RoomId, Seq = head.Seq, Hash = head.Hash, LegacyThroughSeq = head.LegacyThroughSeq, KeyId = head.KeyId, Mac = head.Mac };
        change(copy);
        return copy;
    }
}
