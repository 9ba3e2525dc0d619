namespace SmartRoom.Modules.Messaging.Features.UpdateQuestion;

internal sealed class UpdateQuestionValidator : AbstractValidator<UpdateQuestion>
{
    public UpdateQuestionValidator()
    {
        RuleFor(x => x).Must(x => x.DueAt is not null || x.Priority is not null || x.Category is not null)
            .WithName("body").WithMessage("Give a due date, a priority or a category.");
        RuleFor(x => x.Priority).IsInEnum().When(x => x.Priority is not null);
        RuleFor(x => x.Category).Text(QaCategories.MaxLength).When(x => x.Category is not null);
        RuleFor(x => x.DueAt).Must(d => d!.Value.Year is >= 2000 and <= 9000).When(x => x.DueAt is not null).WithMessage("Not a plausible due date.");
    }
}
