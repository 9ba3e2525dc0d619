using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>What the verifier says with signed checkpoints, a head that disagrees with the chain, records moved far, and a flood of problems.</summary>
public sealed class AuditVerifierEdgeTests
{
    private static readonly Guid Room = AuditChainTests.Room;
    private static readonly AuditKeys Keys = AuditChainTests.Keys;

    [Fact]
    public async Task Checkpoints_that_match_the_chain_are_counted_and_keep_it_valid()
    {
        var (chain, head) = AuditChainTests.KeyedChain(4);

        var result = await Verify(chain, head, Checkpoint(2, chain[1].Hash), Checkpoint(4, chain[3].Hash));

        result.Valid.ShouldBeTrue();
        result.CheckpointsChecked.ShouldBe(2);
    }

    [Fact]
    public async Task A_checkpoint_with_a_forged_signature_is_reported_and_not_counted()
    {
        var (chain, head) = AuditChainTests.KeyedChain(4);
        var forged = Checkpoint(2, chain[1].Hash);
        var other = Checkpoint(3, chain[2].Hash);

        var result = await Verify(chain, head, Signed(forged, other.Signature));

        result.Valid.ShouldBeFalse();
        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.CheckpointInvalid, 2)]);
        result.CheckpointsChecked.ShouldBe(0);
        result.FirstInvalidSeq.ShouldBeNull(); // no record is wrong
    }

    [Fact]
    public async Task A_signed_checkpoint_that_disagrees_with_an_authentic_record_shows_a_rewrite()
    {
        var (chain, head) = AuditChainTests.KeyedChain(4);

        var result = await Verify(chain, head, Checkpoint(2, new string('c', 64)));

        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Edited, 2)]);
        (result.FirstInvalidSeq, result.FirstInvalidId).ShouldBe((2, null));
        result.CheckpointsChecked.ShouldBe(1);
    }

    [Fact]
    public async Task A_checkpoint_past_the_end_shows_a_truncation_even_without_a_head()
    {
        var (chain, _) = AuditChainTests.KeyedChain(5);
        var checkpoint = Checkpoint(5, chain[4].Hash);
        chain.RemoveRange(3, 2);

        var result = await Verify(chain, null, checkpoint);

        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.HeadMissing, 3), new ChainProblem(ChainProblemKinds.Truncated, 4, null, 2)]);
        result.FirstInvalidSeq.ShouldBe(4);
    }

    [Fact]
    public async Task Checkpoints_on_places_already_reported_add_nothing()
    {
        var (truncated, head) = AuditChainTests.KeyedChain(5);
        var atEnd = Checkpoint(5, truncated[4].Hash);
        truncated.RemoveRange(3, 2);
        (await Verify(truncated, head, atEnd)).Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Truncated, 4, null, 2)]);

        var (deleted, head2) = AuditChainTests.KeyedChain(5);
        var atDeleted = Checkpoint(2, deleted[1].Hash);
        deleted.RemoveAt(1);
        (await Verify(deleted, head2, atDeleted)).Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Deleted, 2, null, 1)]);

        var (edited, head3) = AuditChainTests.KeyedChain(5);
        var atEdited = Checkpoint(3, edited[2].Hash);
        edited[2] = AuditChainTests.Copy(edited[2], action: "document.downloaded");
        var result = await Verify(edited, head3, atEdited);
        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Edited, 3, edited[2].Id)]);
        result.CheckpointsChecked.ShouldBe(1);
    }

    [Fact]
    public async Task A_head_rolled_back_behind_authentic_records_is_a_mismatch()
    {
        var (chain, head) = AuditChainTests.KeyedChain(5);
        head.Seq = 3;
        head.Hash = chain[2].Hash;
        AuditChain.Seal(head, Keys);

        var result = await Verify(chain, head);

        result.Anchored.ShouldBeTrue();
        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.HeadMismatch, 3)]);
        (result.FirstInvalidSeq, result.FirstInvalidId).ShouldBe((4, null));
    }

    [Fact]
    public async Task A_head_at_the_last_seq_with_another_hash_is_a_mismatch_at_the_last_record()
    {
        var (chain, head) = AuditChainTests.KeyedChain(5);
        head.Hash = new string('f', 64);
        AuditChain.Seal(head, Keys);

        var result = await Verify(chain, head);

        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.HeadMismatch, 5)]);
        (result.FirstInvalidSeq, result.FirstInvalidId).ShouldBe((5, chain[4].Id));
    }

    [Fact]
    public async Task A_forged_head_is_shown_as_it_is_and_bounds_nothing()
    {
        var legacy = new List<AuditRecord> { AuditChainTests.Plain(1, AuditChain.Genesis, AuditChainTests.At(1)) };
        legacy.Add(AuditChainTests.Plain(2, legacy[0].Hash, AuditChainTests.At(2)));
        var (chain, head) = AuditChainTests.KeyedChain(1, legacy);
        head.LegacyThroughSeq = 0; // forged: would refuse the plain records if it were believed

        var result = await Verify(chain, head);

        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.HeadInvalid, 3)]);
        result.Anchored.ShouldBeFalse();
        result.Head.ShouldBe(new ChainHeadView(3, head.Hash));
        result.Checked.ShouldBe(3);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public async Task Renumbered_records_are_placed_up_to_64_seqs_from_where_they_sit(int deleted, bool placed)
    {
        var (chain, head) = AuditChainTests.KeyedChain(deleted + 4);
        chain.RemoveRange(1, deleted);
        for (var i = 0; i < chain.Count; i++)
        {
            chain[i].Seq = i + 1;
        }

        var result = await Verify(chain, head);

        result.FirstInvalidSeq.ShouldBe(2);
        if (placed)
        {
            result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Deleted, 2, null, deleted)]);
            result.FirstInvalidId.ShouldBe(chain[1].Id);
        }
        else
        {
            result.Problems[0].ShouldBe(new ChainProblem(ChainProblemKinds.Edited, 2, chain[1].Id));
        }
    }

    [Theory]
    [InlineData(2, 3, 1)] // the first of a two-record gap turns up later: the gap starts one further
    [InlineData(3, 2, 1)] // the second does: the gap keeps its start
    public async Task A_record_moved_out_of_a_gap_is_taken_out_of_it(int moved, long gapStart, long gapCount)
    {
        var (original, head) = AuditChainTests.KeyedChain(5);
        var chain = new List<AuditRecord> { original[0], original[3], original[moved - 1], original[4] };
        for (var i = 0; i < chain.Count; i++)
        {
            chain[i].Seq = i + 1;
        }

        var result = await Verify(chain, head);

        result.Problems.ShouldBe([
            new ChainProblem(ChainProblemKinds.Deleted, gapStart, null, gapCount),
            new ChainProblem(ChainProblemKinds.Reordered, 3, chain[2].Id),
        ]);
        (result.FirstInvalidSeq, result.FirstInvalidId).ShouldBe((2, chain[1].Id));
    }

    [Fact]
    public async Task At_most_a_thousand_problems_are_listed()
    {
        var (chain, head) = AuditChainTests.KeyedChain(1001);
        foreach (var record in chain)
        {
            record.Hash = new string('e', 64);
        }

        var result = await Verify(chain, head);

        result.Problems.Count.ShouldBe(1000);
        result.Checked.ShouldBe(1001);
        result.FirstInvalidSeq.ShouldBe(1);
    }

    [Fact]
    public async Task A_copy_of_the_record_just_walked_is_an_insertion()
    {
        var (chain, head) = AuditChainTests.KeyedChain(4);
        var copy = AuditChainTests.Copy(chain[1]);
        chain.Insert(2, copy);
        for (var i = 0; i < chain.Count; i++)
        {
            chain[i].Seq = i + 1;
        }

        var result = await Verify(chain, head);

        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Inserted, 3, copy.Id)]);
        (result.FirstInvalidSeq, result.FirstInvalidId).ShouldBe((3, copy.Id));
    }

    [Fact]
    public async Task Authentic_neighbours_that_do_not_chain_show_the_record_before_as_edited()
    {
        // Record 2 of another chain (keyed alike) put behind record 1 of this one.
        var (chain, _) = AuditChainTests.KeyedChain(1);
        var other1 = Keyed(1, AuditChain.Genesis, "room.created");
        var other2 = Keyed(2, other1.Hash, "room.created");
        var head = Head(2, other2.Hash);

        var result = await Verify([chain[0], other2], head);

        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Edited, 1, chain[0].Id)]);
        (result.FirstInvalidSeq, result.FirstInvalidId).ShouldBe((2, other2.Id));

        // A first record that does not chain from the genesis hash.
        var stray = Keyed(1, new string('9', 64), "room.created");
        (await Verify([stray], Head(1, stray.Hash))).Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Edited, 1, stray.Id)]);
    }

    [Fact]
    public async Task Without_a_head_keyed_records_report_it_missing_after_the_last_one_and_a_changed_last_record_as_edited()
    {
        var (chain, _) = AuditChainTests.KeyedChain(4);
        var missing = await Verify(chain, null);
        missing.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.HeadMissing, 4)]);
        missing.FirstInvalidSeq.ShouldBe(5);
        missing.Anchored.ShouldBeFalse();
        missing.Head.ShouldBeNull();

        chain[3] = AuditChainTests.Copy(chain[3], action: "document.downloaded");
        (await Verify(chain, null)).Problems.ShouldBe([
            new ChainProblem(ChainProblemKinds.Edited, 4, chain[3].Id), new ChainProblem(ChainProblemKinds.HeadMissing, 3)]);
    }

    [Fact]
    public async Task An_edited_record_fills_the_first_place_of_a_gap_and_the_rest_is_deleted()
    {
        var (chain, head) = AuditChainTests.KeyedChain(5);
        chain[1] = AuditChainTests.Copy(chain[1], action: "document.downloaded");
        chain.RemoveRange(2, 2);

        var result = await Verify(chain, head);

        result.Problems.ShouldBe([new ChainProblem(ChainProblemKinds.Edited, 2, chain[1].Id), new ChainProblem(ChainProblemKinds.Deleted, 3, null, 2)]);
    }

    [Theory]
    [InlineData(0)] // forged records appended behind the head: inserted
    [InlineData(1)] // the last record replaced by two forged ones: one edited, one inserted
    [InlineData(2)] // the last two replaced by one forged one: edited, then the end is missing
    public async Task Unplaceable_records_at_the_end_fill_the_places_the_head_still_expects(int replaced)
    {
        var (chain, head) = AuditChainTests.KeyedChain(4);
        var kept = chain.Take(4 - replaced).ToList();
        // Hashed without the key (plain SHA-256 past the legacy bound): they authenticate nowhere.
        var forged = Enumerable.Range(kept.Count + 1, replaced == 2 ? 1 : 2)
            .Select(seq => AuditChainTests.Plain(seq, new string('0', 64), AuditChainTests.At(seq))).ToList();

        var result = await Verify([.. kept, .. forged], head);

        ChainProblem[] expected = replaced switch
        {
            0 => [new(ChainProblemKinds.Inserted, 5, forged[0].Id), new(ChainProblemKinds.Inserted, 6, forged[1].Id)],
            1 => [new(ChainProblemKinds.Edited, 4, forged[0].Id), new(ChainProblemKinds.Inserted, 5, forged[1].Id)],
            _ => [new(ChainProblemKinds.Edited, 3, forged[0].Id), new(ChainProblemKinds.Truncated, 4, null, 1)],
        };
        result.Problems.ShouldBe(expected);
        result.FirstInvalidSeq.ShouldBe(replaced == 0 ? 5 : 5 - replaced);
    }

    [Fact]
    public async Task A_checkpoint_on_a_record_that_was_moved_still_finds_it()
    {
        var (original, head) = AuditChainTests.KeyedChain(4);
        var chain = new List<AuditRecord> { original[0], original[2], original[1], original[3] };
        for (var i = 0; i < chain.Count; i++)
        {
            chain[i].Seq = i + 1;
        }

        var result = await Verify(chain, head, Checkpoint(2, original[1].Hash));

        result.Problems.ShouldNotContain(p => p.Kind == ChainProblemKinds.Deleted);
        result.Problems.ShouldContain(p => p.Kind == ChainProblemKinds.Reordered);
        result.CheckpointsChecked.ShouldBe(1);
    }

    private static AuditRecord Keyed(long seq, string previous, string action)
    {
        var record = AuditChainTests.Copy(AuditChainTests.Plain(seq, previous, AuditChainTests.At((int)seq)), action: action);
        record.HashVersion = AuditChain.HmacSha256;
        record.KeyId = Keys.ActiveKeyId;
        record.Hash = AuditChain.KeyedHashOf(Keys.ChainKey(Keys.ActiveKeyId)!, previous, seq, Room, record.OccurredAt, record.ActorId, record.ActorKind,
            record.Action, record.TargetType, record.TargetId, null, null, record.Details);
        return record;
    }

    private static AuditChainHead Head(long seq, string hash)
    {
        var head = new AuditChainHead { RoomId = Room, Seq = seq, Hash = hash };
        AuditChain.Seal(head, Keys);
        return head;
    }

    private static Task<ChainVerification> Verify(List<AuditRecord> chain, AuditChainHead? head, params AuditCheckpoint[] checkpoints) =>
        AuditVerifier.VerifyAsync(chain.ToAsyncEnumerable(), head, checkpoints, Keys, CancellationToken.None);

    private static AuditCheckpoint Checkpoint(long seq, string hash)
    {
        var issuedAt = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        return new AuditCheckpoint
        {
            Id = Guid.NewGuid(), RoomId = Room, Seq = seq, Hash = hash, IssuedAt = issuedAt, KeyId = Keys.ActiveKeyId,
            Signature = CheckpointSignatures.Sign(Room, seq, hash, issuedAt, Keys.ActiveKeyId, Keys),
        };
    }

    private static AuditCheckpoint Signed(AuditCheckpoint c, string signature) => new()
    {
        Id = c.Id, RoomId = c.RoomId, Seq = c.Seq, Hash = c.Hash, IssuedAt = c.IssuedAt, KeyId = c.KeyId, Signature = signature,
    };
}
