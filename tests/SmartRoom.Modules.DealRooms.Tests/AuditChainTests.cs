using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class AuditChainTests
{
    private static readonly Guid Room = Guid.Parse("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    private static readonly Guid Actor = Guid.Parse("0190a1b2-0000-7000-8000-000000000001");

    [Fact]
    public void The_hash_matches_a_vector_computed_independently()
    {
        // SHA-256 of the UTF-8 JSON array
        // ["000…0",1,"<room>","2026-01-02T03:04:05.006Z","<actor>","Manager","room.created","room","<room>","203.0.113.7","Mozilla/5.0","{\"name\":\"Project Falcon\"}"]
        // computed with another JSON library and SHA-256 implementation.
        var hash = AuditChain.HashOf(AuditChain.Genesis, 1, Room, new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.Zero), Actor, ActorKind.Manager,
            "room.created", "room", Room.ToString(), "203.0.113.7", "Mozilla/5.0", "{\"name\":\"Project Falcon\"}");

        hash.ShouldBe("e91701fa79f6063d19d26f285e56f8a0537bf559acb79a16744d5c66d1495736");
    }

    [Fact]
    public void The_same_instant_in_another_offset_hashes_the_same() =>
        Record(1, AuditChain.Genesis, new DateTimeOffset(2026, 1, 2, 4, 4, 5, 6, TimeSpan.FromHours(1))).Hash
            .ShouldBe(Record(1, AuditChain.Genesis, new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.Zero)).Hash);

    [Fact]
    public async Task An_intact_chain_verifies()
    {
        var chain = Chain(4);

        var result = await AuditVerifier.VerifyAsync(chain.ToAsyncEnumerable(), CancellationToken.None);

        result.ShouldBe(new ChainVerification(true, 4, null, null));
    }

    [Fact]
    public async Task An_edited_record_is_reported_at_its_seq()
    {
        var chain = Chain(4);
        var edited = chain[2];
        chain[2] = new AuditRecord
        {
            Id = edited.Id, RoomId = edited.RoomId, Seq = edited.Seq, OccurredAt = edited.OccurredAt, ActorId = edited.ActorId,
            ActorKind = edited.ActorKind, Action = "document.downloaded", TargetType = edited.TargetType, TargetId = edited.TargetId,
            Details = edited.Details, PrevHash = edited.PrevHash, Hash = edited.Hash,
        };

        (await AuditVerifier.VerifyAsync(chain.ToAsyncEnumerable(), CancellationToken.None)).FirstInvalidSeq.ShouldBe(3);
    }

    [Fact]
    public async Task A_deleted_or_inserted_record_breaks_the_chain()
    {
        var deleted = Chain(4);
        deleted.RemoveAt(1);
        (await AuditVerifier.VerifyAsync(deleted.ToAsyncEnumerable(), CancellationToken.None)).FirstInvalidSeq.ShouldBe(3);

        var inserted = Chain(4);
        inserted.Insert(2, Record(3, inserted[1].Hash, DateTimeOffset.UnixEpoch));
        (await AuditVerifier.VerifyAsync(inserted.ToAsyncEnumerable(), CancellationToken.None)).Valid.ShouldBeFalse();
    }

    private static List<AuditRecord> Chain(int length)
    {
        var chain = new List<AuditRecord>();
        var previous = AuditChain.Genesis;
        for (var seq = 1; seq <= length; seq++)
        {
            var record = Record(seq, previous, new DateTimeOffset(2026, 1, 1, 0, 0, seq, TimeSpan.Zero));
            chain.Add(record);
            previous = record.Hash;
        }

        return chain;
    }

    private static AuditRecord Record(long seq, string previous, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        RoomId = Room,
        Seq = seq,
        OccurredAt = at,
        ActorId = Actor,
        ActorKind = ActorKind.Member,
        Action = "document.viewed",
        TargetType = "document",
        TargetId = $"doc-{seq}",
        Details = "{}",
        PrevHash = previous,
        Hash = AuditChain.HashOf(previous, seq, Room, at, Actor, ActorKind.Member, "document.viewed", "document", $"doc-{seq}", null, null, "{}"),
    };
}
