namespace SmartRoom.Modules.Privacy.Features.GetUsageStatistics;

internal sealed class GetUsageStatisticsValidator : AbstractValidator<GetUsageStatistics>
{
    public GetUsageStatisticsValidator(TimeProvider clock)
    {
        RuleFor(x => x.From).Must(m => UsageMonth.TryParse(m, out _)).When(x => x.From is not null)
            .WithMessage("'from' must be a month written yyyy-MM, e.g. 2026-01.");
        RuleFor(x => x.To).Must(m => UsageMonth.TryParse(m, out _)).When(x => x.To is not null)
            .WithMessage("'to' must be a month written yyyy-MM, e.g. 2026-12.");
        RuleFor(x => x.Format).Must(f => f is "json" or "csv").When(x => x.Format is not null)
            .WithMessage("'format' must be json or csv.");
        RuleFor(x => x).Custom((query, context) =>
        {
            if (!query.TryResolve(clock, out var from, out var to))
            {
                return;
            }

            var current = UsageMonth.Of(clock.GetUtcNow());
            if (to >= current)
            {
                context.AddFailure("to", $"'to' must be a month that has ended (before {UsageMonth.Format(current)}): "
                    + "a month still running changes, and two exports of it could be compared.");
            }
            else if (from > to)
            {
                context.AddFailure("from", "'from' must not come after 'to'.");
            }
            else if (UsageMonth.Span(from, to) > GetUsageStatistics.MaxMonths)
            {
                context.AddFailure("from", $"An export covers at most {GetUsageStatistics.MaxMonths} months.");
            }
        });
    }
}
