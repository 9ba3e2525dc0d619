using System.Security.Cryptography;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class AuditChainTests
{
    internal static readonly Guid Room = Guid.Parse("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    private static readonly Guid Actor = Guid.Parse("0190a1b2-0000-7000-8000-000000000001");
    private static readonly byte[] MasterKey = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] NewMasterKey = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
    internal static readonly AuditKeys Keys = new(new PlatformKeys(MasterKey, []));

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
    public void The_keyed_hash_matches_a_vector_computed_independently()
    {
        // Master key 00 01 02 … 1f (id "mk-" + the first 16 hex digits of its SHA-256); chain key =
        // HKDF-SHA256(master, salt empty, info "SmartRoom/dealrooms/audit-chain", 32 bytes); hash = HMAC-SHA256(chain key,
        // the same canonical bytes as above). Computed with Python's hmac/hashlib and json (separators ',' ':', ensure_ascii off).
        Keys.ActiveKeyId.ShouldBe("mk-630dcd2966c43366");
        Convert.ToHexStringLower(Keys.ChainKey(Keys.ActiveKeyId)!).ShouldBe("cfbf11d600a65170bf8cfc036b2edeb7dff3e37b349458f03298d4623fbec87a");

        var hash = AuditChain.KeyedHashOf(Keys.ChainKey(Keys.ActiveKeyId)!, AuditChain.Genesis, 1, Room, new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.Zero),
            Actor, ActorKind.Manager, "room.created", "room", Room.ToString(), "203.0.113.7", "Mozilla/5.0", "{\"name\":\"Project Falcon\"}");

        hash.ShouldBe("da5120e241bb3ecf9569afff07e6845ee68e2bbafdee26e6a219c26585afd8e3");
    }

    [Fact]
    public void A_record_without_an_actor_has_null_where_the_actor_goes()
    {
        // What records of system actions were always hashed as: absent values are JSON null, never an empty id.
        var bytes = AuditCanonicalForm.Record(AuditChain.Genesis, 1, Room, new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.Zero), null, ActorKind.System,
            "room.created", "room", null, null, null, "{}");

        System.Text.Encoding.UTF8.GetString(bytes).ShouldBe(
            $"[\"{AuditChain.Genesis}\",1,\"{Room}\",\"2026-01-02T03:04:05.006Z\",null,\"System\",\"room.created\",\"room\",null,null,null,\"{{}}\"]");
    }

    [Fact]
    public void The_same_instant_in_another_offset_hashes_the_same() =>
        Plain(1, AuditChain.Genesis, new DateTimeOffset(2026, 1, 2, 4, 4, 5, 6, TimeSpan.FromHours(1))).Hash
            .ShouldBe(Plain(1, AuditChain.Genesis, new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.Zero)).Hash);

    [Fact]
    public async Task An_intact_chain_verifies_against_its_head()
    {
        var (chain, head) = KeyedChain(4);

        var result = await Verify(chain, head);

        result.Valid.ShouldBeTrue();
        result.Checked.ShouldBe(4);
        result.Problems.ShouldBeEmpty();
        result.Anchored.ShouldBeTrue();
        result.Head.ShouldBe(new ChainHeadView(4, chain[3].Hash));
    }

    [Fact]
    public async Task An_edited_record_is_reported_at_its_seq()
    {
        var (chain, head) = KeyedChain(4);
        chain[2] = Copy(chain[2], action: "document.downloaded");

        var result = await Verify(chain, head);

        result.FirstInvalidSeq.ShouldBe(3);
        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Edited, 3, chain[2].Id)]);
    }

    [Fact]
    public async Task A_re_hashed_tail_without_the_key_is_reported_as_edited()
    {
        var (chain, head) = KeyedChain(5);
        chain[1] = Copy(chain[1], action: "document.downloaded");
        var previous = chain[0].Hash;
        for (var i = 1; i < chain.Count; i++)
        {
            var r = Copy(chain[i], prevHash: previous);
            r.Hash = AuditChain.HashOf(r);
            r.HashVersion = AuditChain.PlainSha256;
            r.KeyId = null;
            chain[i] = r;
            previous = r.Hash;
        }

        var result = await Verify(chain, head);

        result.FirstInvalidSeq.ShouldBe(2);
        result.Problems.Select(p => (p.Kind, p.Seq)).ShouldBe([("edited", 2), ("edited", 3), ("edited", 4), ("edited", 5)]);
    }

    [Fact]
    public async Task A_deleted_record_is_reported_with_or_without_renumbering()
    {
        var (deleted, head) = KeyedChain(5);
        deleted.RemoveAt(1);
        var result = await Verify(deleted, head);
        result.FirstInvalidSeq.ShouldBe(3);
        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Deleted, 2, null, 1)]);

        var (renumbered, head2) = KeyedChain(5);
        renumbered.RemoveAt(1);
        for (var i = 1; i < renumbered.Count; i++)
        {
            renumbered[i].Seq = i + 1;
        }

        var afterRenumbering = await Verify(renumbered, head2);
        afterRenumbering.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Deleted, 2, null, 1)]);
        afterRenumbering.FirstInvalidSeq.ShouldBe(2);
        afterRenumbering.FirstInvalidId.ShouldBe(renumbered[1].Id);
    }

    [Fact]
    public async Task Inserted_reordered_and_truncated_records_are_named()
    {
        var (inserted, head) = KeyedChain(4);
        var forged = Copy(inserted[1], action: "document.downloaded");
        inserted.Insert(2, forged);
        for (var i = 2; i < inserted.Count; i++)
        {
            inserted[i].Seq = i + 1;
        }

        (await Verify(inserted, head)).Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Inserted, 3, forged.Id)]);

        var (swapped, head2) = KeyedChain(4);
        (swapped[1].Seq, swapped[2].Seq) = (3, 2);
        (swapped[1], swapped[2]) = (swapped[2], swapped[1]);
        var reordered = await Verify(swapped, head2);
        reordered.Valid.ShouldBeFalse();
        reordered.Problems.ShouldContain(p => p.Kind == ChainProblemKinds.Reordered);
        reordered.Problems.ShouldNotContain(p => p.Kind == ChainProblemKinds.Deleted);

        var (truncated, head3) = KeyedChain(5);
        truncated.RemoveRange(3, 2);
        var result = await Verify(truncated, head3);
        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Truncated, 4, null, 2)]);
        result.FirstInvalidSeq.ShouldBe(4);
        result.FirstInvalidId.ShouldBeNull();
    }

    [Fact]
    public async Task A_forged_or_missing_head_is_reported()
    {
        var (chain, head) = KeyedChain(3);
        head.Seq = 2;
        (await Verify(chain, head)).Problems.ShouldContain(p => p.Kind == ChainProblemKinds.HeadInvalid);
        (await Verify(chain, null)).Problems.ShouldBe([new ChainProblem(ChainProblemKinds.HeadMissing, 3)]);
    }

    [Fact]
    public async Task Plain_hashed_records_from_before_keying_verify_only_up_to_the_heads_legacy_bound()
    {
        // Two records written before the chain was keyed, then two keyed ones.
        var legacy = new List<AuditRecord> { Plain(1, AuditChain.Genesis, At(1)) };
        legacy.Add(Plain(2, legacy[0].Hash, At(2)));
        var (chain, head) = KeyedChain(2, legacy);
        head.LegacyThroughSeq.ShouldBe(2);
        (await Verify(chain, head)).Valid.ShouldBeTrue();
        (await Verify(legacy, null)).ShouldSatisfyAllConditions(r => r.Valid.ShouldBeTrue(), r => r.Anchored.ShouldBeFalse());

        // A keyed record turned into a plain one (by someone without the key) after the bound is not accepted.
        var downgraded = Copy(chain[2], action: "document.downloaded");
        downgraded.HashVersion = AuditChain.PlainSha256;
        downgraded.KeyId = null;
        downgraded.Hash = AuditChain.HashOf(downgraded);
        chain[2] = downgraded;
        (await Verify(chain, head)).Problems.ShouldContain(new ChainProblem(ChainProblemKinds.Edited, 3, downgraded.Id));
    }

    [Fact]
    public async Task Records_keyed_with_a_retired_master_key_still_verify_after_a_rotation()
    {
        var (chain, head) = KeyedChain(3);
        var rotated = new AuditKeys(new PlatformKeys(NewMasterKey, [MasterKey]));
        rotated.ActiveKeyId.ShouldNotBe(Keys.ActiveKeyId);

        (await AuditVerifier.VerifyAsync(chain.ToAsyncEnumerable(), head, [], rotated, CancellationToken.None)).Valid.ShouldBeTrue();

        var withoutOldKey = new AuditKeys(new PlatformKeys(NewMasterKey, []));
        (await AuditVerifier.VerifyAsync(chain.ToAsyncEnumerable(), head, [], withoutOldKey, CancellationToken.None)).Valid.ShouldBeFalse();
    }

    [Fact]
    public void Checkpoint_signatures_verify_with_the_published_key_and_fail_when_altered()
    {
        var issuedAt = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var signature = CheckpointSignatures.Sign(Room, 7, new string('a', 64), issuedAt, Keys.ActiveKeyId, Keys);

        CheckpointSignatures.IsValid(Room, 7, new string('a', 64), issuedAt, Keys.ActiveKeyId, signature, Keys).ShouldBeTrue();
        CheckpointSignatures.IsValid(Room, 8, new string('a', 64), issuedAt, Keys.ActiveKeyId, signature, Keys).ShouldBeFalse();
        CheckpointSignatures.IsValid(Room, 7, new string('b', 64), issuedAt, Keys.ActiveKeyId, signature, Keys).ShouldBeFalse();

        // The same master key gives the same signing key on every host; the public key alone verifies.
        using var again = new AuditKeys(new PlatformKeys(MasterKey, [])).SigningKey(Keys.ActiveKeyId)!;
        using var verifier = ECDsa.Create();
        verifier.ImportSubjectPublicKeyInfo(again.ExportSubjectPublicKeyInfo(), out _);
        verifier.VerifyData(AuditCanonicalForm.Checkpoint(Room, 7, new string('a', 64), issuedAt, Keys.ActiveKeyId), Convert.FromBase64String(signature),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation).ShouldBeTrue();
    }

    internal static Task<ChainVerification> Verify(List<AuditRecord> chain, AuditChainHead? head) =>
        AuditVerifier.VerifyAsync(chain.ToAsyncEnumerable(), head, [], Keys, CancellationToken.None);

    internal static DateTimeOffset At(int second) => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(second);

    /// <summary>A keyed chain of <paramref name="length"/> records after <paramref name="legacy"/> ones, and its sealed head.</summary>
    internal static (List<AuditRecord> Chain, AuditChainHead Head) KeyedChain(int length, List<AuditRecord>? legacy = null)
    {
        var chain = new List<AuditRecord>(legacy ?? []);
        var previous = chain.Count == 0 ? AuditChain.Genesis : chain[^1].Hash;
        var key = Keys.ChainKey(Keys.ActiveKeyId)!;
        for (var i = 0; i < length; i++)
        {
            var seq = chain.Count + 1;
            var record = Plain(seq, previous, At(seq));
            record.HashVersion = AuditChain.HmacSha256;
            record.KeyId = Keys.ActiveKeyId;
            record.Hash = AuditChain.KeyedHashOf(key, previous, seq, Room, record.OccurredAt, Actor, ActorKind.Member, record.Action, record.TargetType,
                record.TargetId, null, null, record.Details);
            chain.Add(record);
            previous = record.Hash;
        }

        var head = new AuditChainHead { RoomId = Room, Seq = chain.Count, Hash = previous, LegacyThroughSeq = legacy?.Count ?? 0 };
        AuditChain.Seal(head, Keys);
        return (chain, head);
    }

    internal static AuditRecord Copy(AuditRecord r, string? action = null, string? prevHash = null) => new()
    {
        Id = r.Id, RoomId = r.RoomId, Seq = r.Seq, OccurredAt = r.OccurredAt, ActorId = r.ActorId, ActorKind = r.ActorKind, Action = action ?? r.Action,
        TargetType = r.TargetType, TargetId = r.TargetId, Details = r.Details, PrevHash = prevHash ?? r.PrevHash, Hash = r.Hash,
        HashVersion = r.HashVersion, KeyId = r.KeyId,
    };

    internal static AuditRecord Plain(long seq, string previous, DateTimeOffset at) => new()
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
        HashVersion = AuditChain.PlainSha256,
        Hash = AuditChain.HashOf(previous, seq, Room, at, Actor, ActorKind.Member, "document.viewed", "document", $"doc-{seq}", null, null, "{}"),
    };
}
