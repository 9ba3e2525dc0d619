using System.Text;

namespace SmartRoom.Modules.DealRooms.Features.SetRoomTerms;

internal sealed class SetRoomTermsValidator : AbstractValidator<SetRoomTerms>
{
    public SetRoomTermsValidator() =>
        RuleFor(x => x.Text).NotEmpty().MaximumLength(100_000)
            .Must(t => t is null || !t.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .WithMessage("'Text' must not contain control characters other than line breaks and tabs.");
}
