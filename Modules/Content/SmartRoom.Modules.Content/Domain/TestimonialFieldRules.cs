namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The limits of a testimonial's texts, for every form that sends them (the author's, marketing's, an edit): added to
/// a slice's validator, each error named after its form field (<c>quote</c>, <c>name</c>, …).
/// </summary>
internal static class TestimonialFieldRules
{
    public const int MaxQuote = 1000;
    public const int MaxField = 200;

    public static void Apply<T>(AbstractValidator<T> validator, Func<T, TestimonialFields> fields)
    {
        validator.RuleFor(x => fields(x).Quote).NotEmpty().MaximumLength(MaxQuote).Must(PlainText).WithMessage("Plain text only.").OverridePropertyName("quote");
        validator.RuleFor(x => fields(x).Name).NotEmpty().MaximumLength(MaxField).Must(PlainText).WithMessage("Plain text only.").OverridePropertyName("name");
        validator.RuleFor(x => fields(x).Title).MaximumLength(MaxField).Must(PlainText).WithMessage("Plain text only.").OverridePropertyName("title");
        validator.RuleFor(x => fields(x).Company).MaximumLength(MaxField).Must(PlainText).WithMessage("Plain text only.").OverridePropertyName("company");
        validator.RuleFor(x => fields(x).ConsentVersion).NotNull().WithMessage("Send the version of the consent text you were shown.")
            .GreaterThan(0).OverridePropertyName("consentVersion");
    }

    /// <summary>No control characters but line breaks and tabs.</summary>
    private static bool PlainText(string? text) =>
        text is null || text.All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t');
}
