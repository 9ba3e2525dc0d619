namespace SmartRoom.Modules.Privacy.Features.RegisterBreach;

internal sealed class RegisterBreachValidator : AbstractValidator<RegisterBreach>
{
    public RegisterBreachValidator(TimeProvider clock)
    {
        RuleFor(x => x.DetectedAt).NotNull().Must(t => t <= clock.GetUtcNow()).WithMessage("'detectedAt' cannot be in the future.");
        RuleFor(x => x.AwareAt).NotNull().Must(t => t <= clock.GetUtcNow()).WithMessage("'awareAt' cannot be in the future.");
        RuleFor(x => x.AwareAt).Must((b, aware) => aware >= b.DetectedAt).When(b => b.DetectedAt is not null && b.AwareAt is not null)
            .WithMessage("'awareAt' cannot be before 'detectedAt': awareness follows detection.");
        RuleFor(x => x.DetectedAt).GreaterThanOrEqualTo(BreachRules.Earliest).WithMessage(BreachRules.EarliestMessage);
        RuleFor(x => x.AwareAt).GreaterThanOrEqualTo(BreachRules.Earliest).WithMessage(BreachRules.EarliestMessage);
        RuleFor(x => x.Nature).NotEmpty().MaximumLength(BreachRules.TextLength);
        RuleFor(x => x.Categories).Must(BreachRules.AreCategories).WithMessage(BreachRules.CategoriesMessage);
        RuleFor(x => x.ApproxSubjects).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(x => x.ApproxRecords).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(x => x.Consequences).NotEmpty().MaximumLength(BreachRules.TextLength);
        RuleFor(x => x.Measures).NotEmpty().MaximumLength(BreachRules.TextLength);
        RuleFor(x => x.DpoContact).NotEmpty().MaximumLength(BreachRules.ContactLength);
        RuleFor(x => x.Role).Must(BreachRules.IsRole).WithMessage("'role' is 'controller' or 'processor'.");
        RuleFor(x => x.Notifiable).NotNull();
        RuleFor(x => x.NotNotifiableReason).NotEmpty().When(x => x.Notifiable == false)
            .WithMessage("Say why a breach is not notifiable (e.g. unlikely to result in a risk to people's rights).");
        RuleFor(x => x.NotNotifiableReason).MaximumLength(BreachRules.TextLength);
        RuleFor(x => x.RoomId).NotEqual(Guid.Empty);
    }
}
