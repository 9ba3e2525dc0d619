namespace SmartRoom.Modules.Messaging.Features.PublishFaq;

internal sealed class PublishFaqValidator : AbstractValidator<PublishFaq>
{
    public const int MaxGroups = 100;

    public PublishFaqValidator()
    {
        RuleFor(x => x)
            .Must(x => (x.All == true) != (x.GroupIds is { Count: > 0 }))
            .OverridePropertyName("groupIds")
            .WithMessage("Name the groups to publish to (groupIds), or publish to every member (all: true) — one of the two.");
        RuleFor(x => x.GroupIds)
            .Must(ids => ids!.Count <= MaxGroups).WithMessage($"At most {MaxGroups} groups.")
            .Must(ids => ids!.Distinct().Count() == ids!.Count).WithMessage("A group is named twice.")
            .Must(ids => ids!.All(id => id != Guid.Empty)).WithMessage("A group id is empty.")
            .When(x => x.GroupIds is not null);
    }
}
