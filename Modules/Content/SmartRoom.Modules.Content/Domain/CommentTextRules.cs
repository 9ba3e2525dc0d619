namespace SmartRoom.Modules.Content.Domain;

/// <summary>The validator rule for plain text people write about comments (<see cref="CommentText.Problem"/>).</summary>
internal static class CommentTextRules
{
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(maxLength)
            .Must(t => t is null || CommentText.Problem(t) is null)
            .WithMessage((_, t) => "The text " + CommentText.Problem(t ?? ""));
}
