namespace SmartRoom.Modules.Privacy.Features.UpdateBreach;

internal sealed class UpdateBreachValidator : AbstractValidator<UpdateBreach>
{
    public UpdateBreachValidator()
    {
        RuleFor(x => x.Note).NotEmpty().MaximumLength(BreachRules.TextLength).WithMessage("Say in a note what changed and why (up to 4000 characters).");
        RuleFor(x => x.DetectedAt).GreaterThanOrEqualTo(BreachRules.Earliest).WithMessage(BreachRules.EarliestMessage);
        RuleFor(x => x.AwareAt).GreaterThanOrEqualTo(BreachRules.Earliest).WithMessage(BreachRules.EarliestMessage);
        RuleFor(x => x.Nature).NotEmpty().MaximumLength(BreachRules.TextLength).When(x => x.Nature is not null);
        RuleFor(x => x.Categories).Must(BreachRules.AreCategories).When(x => x.Categories is not null).WithMessage(BreachRules.CategoriesMessage);
        RuleFor(x => x.ApproxSubjects).GreaterThanOrEqualTo(0);
        RuleFor(x => x.ApproxRecords).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Consequences).NotEmpty().MaximumLength(BreachRules.TextLength).When(x => x.Consequences is not null);
        RuleFor(x => x.Measures).NotEmpty().MaximumLength(BreachRules.TextLength).When(x => x.Measures is not null);
        RuleFor(x => x.DpoContact).NotEmpty().MaximumLength(BreachRules.ContactLength).When(x => x.DpoContact is not null);
        RuleFor(x => x.Role).Must(BreachRules.IsRole).When(x => x.Role is not null).WithMessage("'role' is 'controller' or 'processor'.");
        RuleFor(x => x.NotNotifiableReason).MaximumLength(BreachRules.TextLength);
        RuleFor(x => x.RoomId).NotEqual(Guid.Empty);
    }
}
