namespace SmartRoom.Modules.DealRooms.Features.RequestSupportAccess;

internal sealed class RequestSupportAccessValidator : AbstractValidator<RequestSupportAccess>
{
    public RequestSupportAccessValidator() =>
        RuleFor(x => x.Reason).NotEmpty().MinimumLength(10).MaximumLength(1000)
            .Must(r => r is null || !r.Any(c => char.IsControl(c) && c is not ('\n' or '\r')))
            .WithMessage("'Reason' must not contain control characters.");
}
