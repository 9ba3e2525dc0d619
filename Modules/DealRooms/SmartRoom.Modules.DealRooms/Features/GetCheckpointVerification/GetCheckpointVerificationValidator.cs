namespace SmartRoom.Modules.DealRooms.Features.GetCheckpointVerification;

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
