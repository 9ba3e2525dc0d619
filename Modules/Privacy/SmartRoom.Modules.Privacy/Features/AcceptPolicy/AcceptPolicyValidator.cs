namespace SmartRoom.Modules.Privacy.Features.AcceptPolicy;

internal sealed class AcceptPolicyValidator : AbstractValidator<AcceptPolicy>
{
    public AcceptPolicyValidator() => RuleFor(x => x.Version).GreaterThan(0);
}
