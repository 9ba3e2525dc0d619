using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Audit;

/// <summary>
/// <c>holds</c>: the room's chain still has, at the checkpoint's seq, a record with the checkpoint's hash that
/// authenticates there. <c>reason</c>: <c>held</c>, <c>missing</c> (no record at that seq: truncated or
/// deleted), <c>hash-differs</c> (another record sits there) or <c>not-authentic</c> (the record was edited).
/// <c>chain</c>: the whole chain verified with this checkpoint among the stored ones.
/// </summary>
internal sealed record CheckpointCheck(bool Holds, string Reason, long Seq, string Hash, string? CurrentHash, ChainVerification Chain);

/// <summary>
/// A manager checks the room against a checkpoint downloaded earlier: refused (400) unless its signature is
/// SmartRoom's; then whether the chain still holds exactly that record at that seq — even if the head was
/// rewritten too.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetCheckpointVerification(Guid RoomId, CheckpointView Checkpoint) : IQuery<Result<CheckpointCheck>>, IRoomRequest;

internal sealed class GetCheckpointVerificationValidator : AbstractValidator<GetCheckpointVerification>
{
    public GetCheckpointVerificationValidator()
    {
        RuleFor(x => x.Checkpoint).NotNull();
        RuleFor(x => x.Checkpoint.RoomId).Equal(x => x.RoomId).WithMessage("The checkpoint is of another room.").When(x => x.Checkpoint is not null);
        RuleFor(x => x.Checkpoint.Seq).GreaterThanOrEqualTo(1).When(x => x.Checkpoint is not null);
        RuleFor(x => x.Checkpoint.Hash).NotEmpty().Length(64).Matches("^[0-9a-f]{64}$").When(x => x.Checkpoint is not null);
        RuleFor(x => x.Checkpoint.KeyId).NotEmpty().MaximumLength(20).When(x => x.Checkpoint is not null);
        RuleFor(x => x.Checkpoint.Signature).NotEmpty().MaximumLength(100).When(x => x.Checkpoint is not null);
    }
}

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

internal static class GetCheckpointVerificationEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/audit/verify-checkpoint", async (Guid roomId, CheckpointView checkpoint, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetCheckpointVerification(roomId, checkpoint), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("VerifyRoomAuditCheckpoint")
            .WithSummary("Body: a checkpoint from audit/checkpoint. {holds, reason (held | missing | hash-differs | not-authentic), seq, hash, " +
                "currentHash, chain}; 400 checkpoint-signature-invalid when the checkpoint was altered.")
            .Produces<CheckpointCheck>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
