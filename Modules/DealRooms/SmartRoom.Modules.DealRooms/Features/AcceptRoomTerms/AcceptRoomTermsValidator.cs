namespace SmartRoom.Modules.DealRooms.Features.AcceptRoomTerms;

internal sealed class AcceptRoomTermsValidator : AbstractValidator<AcceptRoomTerms>
{
    public AcceptRoomTermsValidator() =>
        RuleFor(x => x.Sha256!).Length(64).Matches("^[0-9a-fA-F]{64}$").WithMessage("'Sha256' must be the terms' 64-character hex fingerprint.")
            .When(x => x.Sha256 is not null);
}
