namespace SmartRoom.Modules.DealRooms.Features.GetCheckpointVerification;

internal sealed class GetCheckpointVerificationHandler(DealRoomsDbContext db, AuditKeys keys)
    : IQueryHandler<GetCheckpointVerification, Result<CheckpointCheck>>
{
    public static readonly Error SignatureInvalid = new(ErrorKind.Validation, "checkpoint-signature-invalid",
        "The checkpoint's signature does not verify: it was altered or not issued by this platform.",
        new Dictionary<string, string[]> { ["signature"] = ["The signature does not match the checkpoint."] });

    public async ValueTask<Result<CheckpointCheck>> Handle(GetCheckpointVerification query, CancellationToken cancellationToken)
    {
        var c = query.Checkpoint;
        var issuedAt = AuditChain.ToMilliseconds(c.IssuedAt);
        if (!CheckpointSignatures.IsValid(c.RoomId, c.Seq, c.Hash, issuedAt, c.KeyId, c.Signature, keys))
        {
            return SignatureInvalid;
        }

        var record = await db.AuditRecords.AsNoTracking().FirstOrDefaultAsync(r => r.RoomId == query.RoomId && r.Seq == c.Seq, cancellationToken);
        var reason = record is null ? "missing"
            : record.Hash != c.Hash ? "hash-differs"
            : !AuditChain.Authenticates(record, c.Seq, keys, plainAllowed: record.HashVersion == AuditChain.PlainSha256) ? "not-authentic"
            : "held";
        var checkpoint = new AuditCheckpoint
        {
            Id = Guid.Empty, RoomId = c.RoomId, Seq = c.Seq, Hash = c.Hash, IssuedAt = issuedAt, KeyId = c.KeyId, Signature = c.Signature,
        };
        var chain = await RoomChain.VerifyAsync(db, keys, query.RoomId, cancellationToken, checkpoint);
        return new CheckpointCheck(reason == "held", reason, c.Seq, c.Hash, record?.Hash, chain);
    }
}
