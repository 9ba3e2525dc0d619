namespace SmartRoom.Modules.Privacy.Features.GetPolicyNotices;

internal sealed class GetPolicyNoticesValidator : AbstractValidator<GetPolicyNotices>
{
    public GetPolicyNoticesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}
