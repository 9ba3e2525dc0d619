namespace SmartRoom.Modules.Identity.Features.LockUser;

internal sealed class LockUserValidator : AbstractValidator<LockUser>
{
    public LockUserValidator(TimeProvider clock) =>
        RuleFor(x => x.Until).Must(until => until is null || until > clock.GetUtcNow())
            .WithMessage("'Until' must be in the future.");
}
