using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.GiveConsents;

internal sealed class GiveConsentsValidator : AbstractValidator<GiveConsents>
{
    public GiveConsentsValidator()
    {
        RuleFor(x => x.Decisions).NotEmpty().Must(d => d.Count <= ConsentPurposes.All.Count)
            .WithMessage($"At most {ConsentPurposes.All.Count} decisions, one per purpose.");
        RuleFor(x => x.Decisions).Must(d => d.Select(c => c?.Purpose).Distinct(StringComparer.Ordinal).Count() == d.Count)
            .When(x => x.Decisions is not null)
            .WithMessage("Each purpose at most once.");
        RuleForEach(x => x.Decisions).NotNull().ChildRules(c =>
        {
            c.RuleFor(x => x.Purpose).NotEmpty().Must(p => ConsentPurposes.All.Contains(p!))
                .WithMessage($"Purposes are among: {string.Join(", ", ConsentPurposes.All)}.");
            c.RuleFor(x => x.Granted).NotNull();
        });
    }
}
