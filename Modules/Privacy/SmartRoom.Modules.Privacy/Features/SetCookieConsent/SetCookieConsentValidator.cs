namespace SmartRoom.Modules.Privacy.Features.SetCookieConsent;

internal sealed class SetCookieConsentValidator : AbstractValidator<SetCookieConsent>
{
    public SetCookieConsentValidator()
    {
        RuleFor(x => x).Must(x => (x.AcceptAll ? 1 : 0) + (x.RejectAll ? 1 : 0) + (x.Choices is null ? 0 : 1) == 1)
            .OverridePropertyName("choices")
            .WithMessage("Send exactly one of acceptAll: true, rejectAll: true or choices: {analytics, marketing}.");
        RuleFor(x => x.Choices!.Analytics).NotNull().When(x => x.Choices is not null).OverridePropertyName("choices.analytics");
        RuleFor(x => x.Choices!.Marketing).NotNull().When(x => x.Choices is not null).OverridePropertyName("choices.marketing");
    }
}
