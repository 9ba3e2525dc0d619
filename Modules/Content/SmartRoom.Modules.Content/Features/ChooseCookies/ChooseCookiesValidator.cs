namespace SmartRoom.Modules.Content.Features.ChooseCookies;

internal sealed class ChooseCookiesValidator : AbstractValidator<ChooseCookies>
{
    public ChooseCookiesValidator() =>
        RuleFor(x => x.Choice).Must(c => c is ChooseCookies.AcceptAll or ChooseCookies.RejectAll or ChooseCookies.Save)
            .OverridePropertyName("choice")
            .WithMessage($"Choose {ChooseCookies.AcceptAll}, {ChooseCookies.RejectAll} or {ChooseCookies.Save}.");
}
